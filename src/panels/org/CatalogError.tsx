/** What the panel shows when the simulated org fails: the reason and a Retry button, never a blank. */
import { buttonClass } from '../../ui/fields/styles';

export interface CatalogErrorProps {
  error: unknown;
  onRetry(): void;
  /** What failed, e.g. "Could not load flows". */
  what?: string;
}

export function CatalogError({ error, onRetry, what = 'Could not load the flow catalog' }: CatalogErrorProps) {
  const reason = error instanceof Error ? error.message : 'The org did not answer.';
  return (
    <div role="alert" className="flex items-start gap-2 rounded border border-status-error/40 bg-red-50 p-2 text-xs text-ink-800">
      <div className="flex-1">
        <p className="font-semibold text-status-error">{what}</p>
        <p>{reason}</p>
      </div>
      <button type="button" className={buttonClass} onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
