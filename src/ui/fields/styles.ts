/** Shared Tailwind class lists of the properties panel's controls (one look, visible focus). */
export const controlClass =
  'block w-full rounded border border-ink-400/60 bg-white px-2 py-1 text-sm text-ink-800 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:border-brand-500 ' +
  'disabled:bg-gray-100 disabled:text-ink-400 aria-[invalid=true]:border-status-error';

export const labelClass = 'block text-xs font-semibold text-ink-600 mb-0.5';

export const buttonClass =
  'inline-flex items-center gap-1 rounded border border-ink-400/60 bg-white px-2 py-1 text-xs font-medium text-ink-800 ' +
  'hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 disabled:opacity-50';

/**
 * The form's one main button (Save flow). Written out whole, not buttonClass with a colour added:
 * Tailwind orders utilities in its stylesheet, not by their place in the class list, so buttonClass's
 * bg-white and text-ink-800 beat bg-brand-500 and text-white was left on white, and Save flow showed
 * as an empty box.
 */
export const primaryButtonClass =
  'inline-flex items-center gap-1 rounded border border-brand-600 bg-brand-600 px-2 py-1 text-xs font-medium text-white ' +
  'hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-1 disabled:opacity-50';

export const iconButtonClass =
  'inline-flex h-6 w-6 items-center justify-center rounded border border-ink-400/40 bg-white text-xs text-ink-800 ' +
  'hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 disabled:opacity-40';

export const sectionClass = 'space-y-3 border-t border-ink-400/20 pt-3';
export const sectionTitleClass = 'text-sm font-semibold text-brand-900';
