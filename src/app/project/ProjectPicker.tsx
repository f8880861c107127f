/**
 * The orchestrations of a project, to choose the one to open: label, API name, API version, status
 * and how it starts (docs/projects.md). Opening it links its steps to the project's flows.
 */
import { useCallback, useId } from 'react';
import { describeStart } from '../../io/project/describeStart';
import { flowStatusLabel } from '../../model/flowStatus';
import { useAppStore } from '../../store/appStore';
import { useDialog } from '../../ui/useDialog';
import { noOrchestrationSummary, unreadFilesSummary } from './pickerSummary';
import { closePicker, openFromProject, startInProject } from './projectSession';
import { useProjectSession } from './projectState';

export function ProjectPicker() {
  const picking = useProjectSession((s) => s.picking);
  const close = useCallback(() => closePicker(), []);
  const ref = useDialog(picking !== null, close);
  const rowId = useId();
  const orchestrations = picking?.project.orchestrations ?? [];
  const problems = picking?.project.problems ?? [];
  const unread = unreadFilesSummary(problems);
  // The dialog opens on the first orchestration that can be opened (else on Cancel): left to the browser, focus went
  // to the table's scroll box (no ring) when the first row has no stages (its button is disabled).
  const first = orchestrations.find((o) => o.stageCount > 0);
  return (
    <dialog ref={ref} aria-labelledby="project-picker-title" className="m-auto bg-white text-ink-800 max-w-4xl rounded-lg p-0 shadow-xl backdrop:bg-scrim">
      {picking && (
        <div className="p-5 text-sm">
          <h2 id="project-picker-title" className="mb-1 text-lg font-semibold text-ink-800">Open an orchestration of {picking.name}</h2>
          <p className="mb-3 text-ink-600">
            {orchestrations.length === 0
              ? noOrchestrationSummary(picking.project.flows, problems.filter((p) => p.severity === 'error' && p.orchestration === true).length)
              : `${orchestrations.length} orchestration${orchestrations.length === 1 ? '' : 's'} and ${picking.project.flows.length} other flow${picking.project.flows.length === 1 ? '' : 's'} found. The one you open calls the project's flows by API name.`}
            {unread && ` ${unread}`}
          </p>
          {orchestrations.length > 0 && <div className="max-h-[60vh] overflow-auto">
            <table className="w-full text-left">
              <thead className="sticky top-0 bg-white text-xs uppercase text-ink-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">Label</th>
                  <th scope="col" className="py-1 pr-3">API name</th>
                  <th scope="col" className="py-1 pr-3">API version</th>
                  <th scope="col" className="py-1 pr-3">Status</th>
                  <th scope="col" className="py-1 pr-3">Trigger</th>
                  <th scope="col" className="py-1"><span className="sr-only">Open</span></th>
                </tr>
              </thead>
              <tbody>
                {orchestrations.map((o, i) => (
                  <tr key={o.path} className="border-t border-ink-400/20" title={o.path}>
                    <th scope="row" className="py-1.5 pr-3 font-medium text-ink-800">{o.label ?? o.apiName}</th>
                    <td className="py-1.5 pr-3 font-mono text-xs">{o.apiName}</td>
                    <td className="py-1.5 pr-3">{o.apiVersion ?? '—'}</td>
                    <td className="py-1.5 pr-3">
                      {o.status ? flowStatusLabel(o.status) : '—'}
                      {/* said in the row: the disabled Open's tooltip reached no keyboard or screen reader user */}
                      {o.stageCount === 0 && <span id={`${rowId}-empty-${i}`} className="block text-xs text-ink-600">No stages: nothing to open</span>}
                    </td>
                    <td className="py-1.5 pr-3">{describeStart(o.trigger)}</td>
                    <td className="py-1.5 text-right">
                      <button
                        type="button"
                        disabled={o.stageCount === 0}
                        title={o.stageCount === 0 ? 'No stages: nothing to open' : `Open ${o.path}`}
                        aria-label={`Open ${o.apiName}`}
                        aria-describedby={o.stageCount === 0 ? `${rowId}-empty-${i}` : undefined}
                        data-autofocus={o === first ? '' : undefined}
                        onClick={() => void openFromProject(useAppStore, o.apiName)}
                        className="rounded-md border border-brand-600 px-2 py-0.5 text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-ink-400/40 disabled:text-ink-400 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                      >
                        Open
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>}
          <form method="dialog" className="mt-4 flex justify-end gap-2">
            <button
              type="button"
              data-autofocus={orchestrations.length === 0 ? '' : undefined}
              title={`An empty orchestration whose steps can call the flows of ${picking.name}; Save to project writes it as a new file`}
              onClick={() => void startInProject(useAppStore)}
              className="rounded-md border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              New orchestration
            </button>
            <button data-autofocus={first || orchestrations.length === 0 ? undefined : ''} className="rounded-md border border-ink-400/50 px-3 py-1.5 text-ink-800 hover:bg-gray-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">Cancel</button>
          </form>
        </div>
      )}
    </dialog>
  );
}
