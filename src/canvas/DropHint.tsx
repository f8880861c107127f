/** While a step card or a palette item is dragged over the canvas, says what dropping it would do (polite live region). */
import { useAppStore } from '../store/appStore';
import { selectDropTarget } from '../store/selectors';

export function DropHint() {
  const target = useAppStore(selectDropTarget);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none absolute bottom-4 left-1/2 -translate-x-1/2" data-testid="drop-hint">
      {target && <p className="rounded bg-ink-800 px-3 py-1.5 text-sm text-white shadow">{target.text}</p>}
    </div>
  );
}
