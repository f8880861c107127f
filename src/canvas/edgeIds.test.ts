import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import { linkOfEdgeId } from '../actions/edgeIds';
import { toFlowEdges } from './toFlowEdges';

describe('linkOfEdgeId', () => {
  it('reads back the connector of every edge the mapper draws', () => {
    // given
    const edges = toFlowEdges(propertiesFixture());
    // when / then
    for (const edge of edges) expect(linkOfEdgeId(edge.id)).toEqual(edge.data!.link);
    expect(linkOfEdgeId('nonsense')).toBeNull();
  });
});
