/** The connectors of a document as React Flow edges (ids are stable: `next:Stage`, `pred:Step`…). */
import { MarkerType } from '@xyflow/react';
import type { Orchestration } from '../model/types';
import type { DesignEdge } from './types';

const arrow = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;

export function toFlowEdges(doc: Orchestration): DesignEdge[] {
  const exists = new Set<string>([...doc.stages.map((s) => s.name), ...(doc.decisions ?? []).map((d) => d.name)]);
  const edges: DesignEdge[] = [];
  const connector = (id: string, source: string, target: string | null | undefined, sourceHandle: string, extra: Partial<DesignEdge>, link: DesignEdge['data']) => {
    if (!target || !exists.has(target)) return;
    edges.push({ id, source, target, sourceHandle, targetHandle: 'in', markerEnd: arrow, className: 'edge-next', data: link, ...extra });
  };
  for (const stage of doc.stages) {
    connector(`next:${stage.name}`, stage.name, stage.next, 'next', {}, { link: { kind: 'next', from: stage.name } });
    connector(`fault:${stage.name}`, stage.name, stage.faultNext, 'fault', { className: 'edge-fault', label: 'Fault', markerEnd: { ...arrow, color: '#b91c1c' } }, { link: { kind: 'fault', from: stage.name } });
    const names = new Set(stage.steps.map((s) => s.name));
    for (const step of stage.steps) {
      if (step.start?.mode !== 'stepCompleted' || !names.has(step.start.step) || step.start.step === step.name) continue;
      edges.push({
        id: `pred:${step.name}`,
        source: step.start.step,
        target: step.name,
        sourceHandle: 'out',
        targetHandle: 'in',
        markerEnd: arrow,
        className: 'edge-predecessor',
        data: { link: { kind: 'predecessor', step: step.name } },
      });
    }
  }
  for (const decision of doc.decisions ?? []) {
    for (const outcome of decision.outcomes) {
      connector(`outcome:${decision.name}:${outcome.name}`, decision.name, outcome.next, 'outcome', { label: outcome.label ?? outcome.name }, { link: { kind: 'outcome', decision: decision.name, outcome: outcome.name } });
    }
    connector(`default:${decision.name}`, decision.name, decision.defaultNext, 'default', { label: 'Default' }, { link: { kind: 'default', decision: decision.name } });
  }
  return edges;
}
