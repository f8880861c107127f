/**
 * A save refused because another tab saved the design first: the choice, in a bar of its own under
 * the header (in the header its buttons squeezed the design's title to one letter at 1280 px).
 * The header's save status still says "Changed in another tab".
 */
import { designStorage } from '../store/designStorage';
import { useAppStore } from '../store/appStore';

const BUTTON = 'rounded border border-ink-400/40 bg-white px-2 py-0.5 hover:bg-brand-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500';

export function ConflictBar() {
  const conflict = useAppStore((s) => s.saveStatus === 'conflict');
  if (!conflict) return null;
  return (
    <div role="alert" className="flex flex-wrap items-center gap-2 border-b border-ink-400/30 bg-amber-50 px-4 py-1.5 text-sm text-ink-800">
      <span>This design was changed in another tab since it was opened here. Your changes are not saved.</span>
      <button type="button" className={BUTTON} onClick={() => void designStorage.reloadFromStorage()}>Load their version</button>
      <button type="button" className={BUTTON} onClick={() => void designStorage.keepAsCopy()}>Keep mine as a copy</button>
    </div>
  );
}
