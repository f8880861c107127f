// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/ui/generateDesign';
import { sketchPicture } from './sketchPicture';
import { withStageOverviews } from './stageOverview';
import { toFlowElements } from './toFlowElements';

describe('sketchPicture', () => {
  it('draws each sketched stage at its place, a path per kind colour filled with the flow\'s sketch colours', () => {
    // given a design's nodes as a big design gives them far out: stages with their sketches, no steps
    const { nodes } = toFlowElements(generateDesign(3, 4));
    const stages = withStageOverviews(nodes).filter((n) => n.type === 'stage');
    const flow = document.createElement('div');
    flow.style.setProperty('--sf-sketch-sync', '#9fcfc1');
    document.body.append(flow);
    // when
    const svg = sketchPicture(stages, flow)!;
    // then
    const groups = [...svg.querySelectorAll('g')];
    expect(groups).toHaveLength(3);
    expect(groups[1]!.getAttribute('transform')).toBe(`translate(${stages[1]!.position.x},${stages[1]!.position.y})`);
    const paths = [...groups[1]!.querySelectorAll('path')];
    expect(paths.map((p) => p.dataset.colour)).toEqual(['sync', 'async']);
    expect(paths[0]!.getAttribute('fill')).toBe('#9fcfc1');
    expect(paths[1]!.getAttribute('fill')).toBe('#d1d5db'); // async is not set on this flow: the fallback grey
    expect(paths[0]!.getAttribute('d')!.match(/M/g)).toHaveLength(stages[1]!.data.overview!.filter((s) => s.mode === 'sync').length);
  });

  it('is null when no stage carries a sketch (a design small enough to draw its cards)', () => {
    const { nodes } = toFlowElements(generateDesign(3, 4));
    expect(sketchPicture(nodes)).toBeNull();
  });
});
