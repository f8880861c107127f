/** Shared classes for the scenario editor's small controls. */
export const input = 'rounded border border-ink-400/40 px-1 py-0.5 text-sm focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';
export const button = 'rounded border border-ink-400/40 bg-white px-2 py-0.5 text-sm hover:bg-brand-50 disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';
