/**
 * One flow in the catalog list: what it is, what it contains, its inputs and outputs (with their
 * types when the flow was read from a project). A project's flow is read-only here: it says which
 * file it came from, and is edited in the project.
 */
import { useId } from 'react';
import { flowStatusLabel } from '../../model/flowStatus';
import type { Flow } from '../../model/types';
import { parameterType } from '../conditions/parameterType';
import { buttonClass } from '../../ui/fields/styles';
import { backgroundStepMode } from '../../org/syncMode';

export interface FlowCatalogItemProps {
  flow: Flow;
  apiVersion: number;
  onEdit(): void;
}

const TYPE_LABELS: Record<Flow['type'], string> = { autolaunched: 'Autolaunched', screen: 'Screen', evaluation: 'Evaluation' };

function list(items: readonly string[] | undefined): string {
  return items && items.length > 0 ? items.join(', ') : 'none';
}

/** The flow's inputs or outputs, each with its declared type when the flow says it. */
function variables(flow: Flow, names: readonly string[] | undefined, direction: 'input' | 'output'): string {
  if (!flow.parameters) return list(names);
  return list(names?.map((name) => {
    const parameter = flow.parameters!.find((p) => p.name === name && (p.direction === direction || p.direction === 'inputOutput'));
    return parameter ? `${name}: ${parameterType(parameter)}` : name;
  }));
}

export function FlowCatalogItem({ flow, apiVersion, onEdit }: FlowCatalogItemProps) {
  const nameId = useId();
  const verdict = flow.type === 'autolaunched' && apiVersion >= 63 ? backgroundStepMode(flow, false, apiVersion) : null;
  return (
    <article aria-label={`Flow ${flow.label ?? flow.name}`} className="rounded border border-ink-400/30 bg-white p-2 text-xs text-ink-800">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p id={nameId} className="font-semibold text-brand-900">
            {flow.label ?? flow.name} <span className="font-mono font-normal text-ink-600">{flow.name}</span>
          </p>
          <p className="mt-0.5 flex flex-wrap gap-1">
            <span className="rounded bg-brand-100 px-1 text-brand-700">{TYPE_LABELS[flow.type]}</span>
            <span className={`rounded px-1 ${flow.active === false ? 'bg-gray-200 text-ink-600' : 'bg-green-100 text-status-completed'}`}>
              {flow.active === false ? 'Inactive' : 'Active'}
            </span>
            {verdict && <span className="rounded bg-blue-50 px-1 text-status-inprogress">{verdict.mode} as a step</span>}
          </p>
        </div>
        {flow.source ? (
          <span className="rounded bg-gray-100 px-1 text-ink-600" title="A flow of the project is edited in the project, not here">Read-only</span>
        ) : (
          <button type="button" className={buttonClass} aria-label="Edit flow" aria-describedby={nameId} data-edit-flow={flow.name} onClick={onEdit}>
            Edit
          </button>
        )}
      </div>
      {flow.source && <p className="mt-1 text-ink-600">From <span className="break-all font-mono">{flow.source.path}</span>{flow.source.status ? ` (${flowStatusLabel(flow.source.status)})` : ''}: edit it in the project.</p>}
      <dl className="mt-1 grid grid-cols-[5rem_1fr] gap-x-2 gap-y-0.5">
        <dt className="text-ink-600">Elements</dt>
        <dd>{list(flow.elements)}</dd>
        <dt className="text-ink-600">Inputs</dt>
        <dd className="font-mono">{variables(flow, flow.inputs, 'input')}</dd>
        <dt className="text-ink-600">Outputs</dt>
        <dd className="font-mono">{variables(flow, flow.outputs, 'output')}</dd>
      </dl>
    </article>
  );
}
