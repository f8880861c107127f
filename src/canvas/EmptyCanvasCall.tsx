/** The empty canvas's call to action: what to do first, and a button that does it. */
import { insertStageAfterAction } from '../actions/insertActions';
import { useAction } from '../actions/useAction';
import { useAppStore } from '../store/appStore';
import { selectCanEdit, selectDesignEmpty } from '../store/selectors';
import { DESIGN_START_ATTRIBUTE } from '../ui/focusDesignStart';
import { focusCanvasElement } from './focusElement';

export function EmptyCanvasCall() {
  const empty = useAppStore(selectDesignEmpty);
  const canEdit = useAppStore(selectCanEdit);
  const { run } = useAction(insertStageAfterAction);
  if (!empty || !canEdit) return null;
  const create = () => {
    const outcome = run({ after: null });
    if (outcome.performed && typeof outcome.result === 'string') focusCanvasElement(outcome.result);
  };
  return (
    <div className="pointer-events-none absolute inset-0 flex items-center justify-center">
      <div className="pointer-events-auto max-w-sm rounded-lg border border-dashed border-ink-400/60 bg-white/90 p-5 text-center shadow-sm">
        <p className="text-base font-semibold text-ink-800">Start with a stage</p>
        <p className="mt-1 text-sm text-ink-600">Stages run one after another; steps inside a stage run side by side. You can also drag from the palette, double-click the canvas or right-click it.</p>
        <button type="button" {...{ [DESIGN_START_ATTRIBUTE]: '' }} onClick={create} className="mt-3 rounded-md border border-brand-600 bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-1">
          Create the first stage
        </button>
      </div>
    </div>
  );
}
