import { describe, expect, it } from 'vitest';
import { tabStops } from './tabOrder';

describe('tabStops', () => {
  it('puts each node first, then the connectors leaving it in their order, whatever order the connectors come in', () => {
    // given nodes in reading order and connectors listed as React Flow has them
    const nodes = ['Intake', 'Check', 'Route', 'Big', 'Small'];
    const edges = [
      { id: 'next:Intake', source: 'Intake' },
      { id: 'outcome:Route:Yes', source: 'Route' },
      { id: 'fault:Intake', source: 'Intake' },
      { id: 'default:Route', source: 'Route' },
    ];
    // when
    const stops = tabStops(nodes, edges).map((s) => `${s.kind}:${s.id}`);
    // then
    expect(stops).toEqual([
      'node:Intake', 'edge:next:Intake', 'edge:fault:Intake', 'node:Check',
      'node:Route', 'edge:outcome:Route:Yes', 'edge:default:Route', 'node:Big', 'node:Small',
    ]);
  });

  it('gives no stop to a connector whose source is not drawn (a big design far from it)', () => {
    expect(tabStops(['A'], [{ id: 'next:Gone', source: 'Gone' }, { id: 'next:A', source: 'A' }])).toEqual([{ kind: 'node', id: 'A' }, { kind: 'edge', id: 'next:A' }]);
  });
});
