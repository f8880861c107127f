/** Edge ids encode the connector they draw (`pred:Step`, `next:Stage`, `outcome:Decision:Outcome`…). */
import type { LinkRef } from '../commands/links';

export function linkOfEdgeId(id: string): LinkRef | null {
  const [kind, a, b] = id.split(':');
  if (!a) return null;
  switch (kind) {
    case 'pred':
      return { kind: 'predecessor', step: a };
    case 'next':
      return { kind: 'next', from: a };
    case 'fault':
      return { kind: 'fault', from: a };
    case 'default':
      return { kind: 'default', decision: a };
    case 'outcome':
      return b ? { kind: 'outcome', decision: a, outcome: b } : null;
    default:
      return null;
  }
}
