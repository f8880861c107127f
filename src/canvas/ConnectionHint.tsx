/** While a connector is dragged over a place it cannot go, says why (polite live region). */
import { useAppStore } from '../store/appStore';
import { selectConnectionHint } from '../store/selectors';

export function ConnectionHint() {
  const hint = useAppStore(selectConnectionHint);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none absolute bottom-4 left-1/2 -translate-x-1/2">
      {hint && <p className="rounded bg-ink-800 px-3 py-1.5 text-sm text-white shadow">Can't connect: {hint}</p>}
    </div>
  );
}
