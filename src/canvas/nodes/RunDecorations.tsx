/** Run-mode marks on a node: status chip, who it runs as, async progress ring, the open work item's button, the change mark. */
import { STATUS_ICON, STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';
import { useRunUserWords } from '../../ui/useRunUserWords';

export function StatusChip({ status }: { status: AnyStatus }) {
  return <span className={`sf-chip sf-chip-status sf-bg-${status}`}>{`${STATUS_ICON[status]} ${STATUS_LABEL[status]}`}</span>;
}

/**
 * A flow of the step could not be simulated (something the interpreter does not run) and the step
 * took its stand-in behaviour: what the card shows is not what the flow does. Beside the status, on
 * its row, so a finished card keeps its height; the run panel says which flow and why.
 */
export function StandInChip({ title = 'A flow of this step could not be simulated: the step took its stand-in behaviour. Select it to see why.' }: { title?: string }) {
  return <span className="sf-chip sf-chip-standin" title={title}>Stand-in</span>;
}

/**
 * Who a started step runs as, named as the Why panel names them (a User record's name, not its Id).
 * *Chosen* (docs/canvas.md): one line, cut with an ellipsis when a long name does not fit: the card's
 * height is planned before anyone runs it and keeps one line for this, so a second line would spill
 * out of the card. The full words stay in the text (screen readers read them) and in the tooltip.
 */
export function RunAsLine({ user }: { user: string }) {
  const words = useRunUserWords()(user);
  return <span className="sf-runas" title={`Runs as ${words}`}>as {words}</span>;
}

/** A ring that fills as an async step's virtual time runs out. */
export function ProgressRing({ progress }: { progress: number }) {
  const r = 7;
  const c = 2 * Math.PI * r;
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" role="img" aria-label={`${Math.round(progress * 100)}% of its duration elapsed`} className="shrink-0 -rotate-90">
      <circle cx="9" cy="9" r={r} fill="none" stroke="currentColor" strokeOpacity="0.2" strokeWidth="3" />
      <circle cx="9" cy="9" r={r} fill="none" stroke="currentColor" strokeWidth="3" strokeDasharray={c} strokeDashoffset={c * (1 - progress)} className="sf-progress-arc text-status-inprogress motion-safe:transition-[stroke-dashoffset]" />
    </svg>
  );
}

/**
 * An open work item waits for the user: pressing it completes the item at the moment shown, as
 * its assignee (the run is recomputed from there). `nodrag nopan`: a press is not a canvas gesture.
 */
export function CompleteWorkItemButton({ onComplete }: { onComplete: () => void }) {
  return (
    <button
      type="button"
      className="sf-chip sf-chip-action nodrag nopan"
      title="A work item is waiting for its assignee: complete it as them, at this moment of the run"
      onClick={(e) => {
        e.stopPropagation();
        onComplete();
      }}
    >
      Complete work item
    </button>
  );
}

/**
 * Marks the node that the latest beat changed: a ring that fades out (with reduced motion it stays,
 * without moving, until the next change). Keyed by the event index so each change restarts it.
 */
export function ChangeMark() {
  return <span aria-hidden="true" className="run-change-mark" />;
}
