/** Folds the palette and outline column away to give the canvas room, and brings it back. */
import { useAppStore } from '../store/appStore';

const FOLD_BUTTON = 'rounded px-1.5 text-ink-600 hover:bg-brand-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';
/** The canvas gets its new width after the column's transition; frame the design then. */
const REFIT_AFTER_MS = 60;

function setFolded(folded: boolean) {
  useAppStore.getState().setSideFolded(folded);
  setTimeout(() => useAppStore.getState().requestFit(), REFIT_AFTER_MS);
}

export function SidePanelToggle({ folded }: { folded: boolean }) {
  return folded ? (
    <button type="button" aria-label="Show the palette and outline" title="Show the palette and outline" aria-expanded="false" className={FOLD_BUTTON} onClick={() => setFolded(false)}>»</button>
  ) : (
    <button type="button" aria-label="Hide the palette and outline" title="Hide the palette and outline (more room for the canvas)" aria-expanded="true" className={FOLD_BUTTON} onClick={() => setFolded(true)}>«</button>
  );
}
