/**
 * Status → Tailwind classes from the shared theme (`status-*` colours of the `@theme` in index.css), so
 * the canvas, the legend, the log and the Gantt chart all colour a status the same way.
 * Class names are written out in full so that Tailwind finds them.
 */
export type AnyStatus = 'NotStarted' | 'InProgress' | 'Completed' | 'Discontinued' | 'Canceled' | 'Error' | 'Suspended';

export const STATUS_ORDER: readonly AnyStatus[] = ['NotStarted', 'InProgress', 'Completed', 'Discontinued', 'Canceled', 'Error', 'Suspended'];

export const STATUS_LABEL: Record<AnyStatus, string> = {
  NotStarted: 'Not started', InProgress: 'In progress', Completed: 'Completed', Discontinued: 'Discontinued',
  Canceled: 'Canceled', Error: 'Error', Suspended: 'Suspended',
};

export const STATUS_BG: Record<AnyStatus, string> = {
  NotStarted: 'bg-status-notstarted', InProgress: 'bg-status-inprogress', Completed: 'bg-status-completed',
  Discontinued: 'bg-status-discontinued', Canceled: 'bg-status-canceled', Error: 'bg-status-error', Suspended: 'bg-status-suspended',
};

export const STATUS_BORDER: Record<AnyStatus, string> = {
  NotStarted: 'border-status-notstarted', InProgress: 'border-status-inprogress', Completed: 'border-status-completed',
  Discontinued: 'border-status-discontinued', Canceled: 'border-status-canceled', Error: 'border-status-error', Suspended: 'border-status-suspended',
};

export const STATUS_TEXT: Record<AnyStatus, string> = {
  NotStarted: 'text-status-notstarted', InProgress: 'text-status-inprogress', Completed: 'text-status-completed',
  Discontinued: 'text-status-discontinued', Canceled: 'text-status-canceled', Error: 'text-status-error', Suspended: 'text-status-suspended',
};

/** A glyph per status so colour is never the only cue. */
export const STATUS_ICON: Record<AnyStatus, string> = {
  NotStarted: '○', InProgress: '◔', Completed: '✓', Discontinued: '⊘', Canceled: '✕', Error: '!', Suspended: '❚❚',
};
