import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/ui/generateDesign';
import { sketchPaths, withStageOverviews } from './stageOverview';
import { toFlowElements } from './toFlowElements';
import type { AnyStatus } from '../ui/statusStyles';
import type { StageNode, StepSketch } from './types';

const stages = (nodes: ReturnType<typeof withStageOverviews>) => nodes.filter((n): n is StageNode => n.type === 'stage');

describe('withStageOverviews', () => {
  it('gives each stage the rectangles of its steps, relative to the stage, with kind and validity', () => {
    // given
    const { nodes } = toFlowElements(generateDesign(3, 4));
    // when
    const sketched = withStageOverviews(nodes);
    // then
    const second = stages(sketched)[1]!;
    const steps = nodes.filter((n) => n.parentId === second.id);
    expect(second.data.overview).toEqual(steps.map((s) => ({ name: s.id, x: s.position.x, y: s.position.y, width: s.width, height: s.height, mode: (s.data as { mode: string }).mode, invalid: false })));
    expect(new Set(second.data.overview!.map((s) => s.mode))).toEqual(new Set(['sync', 'async']));
    expect(sketched.filter((n) => n.type === 'step')).toEqual(nodes.filter((n) => n.type === 'step'));
  });

  it('reuses a stage object while its steps are the same objects, and renews only the stage whose step moved', () => {
    // given
    const { nodes } = toFlowElements(generateDesign(3, 4));
    const before = withStageOverviews(nodes);
    // when: a step of the first stage is dragged
    const moved = nodes.map((n) => (n.id === 'S1_Step_2' ? { ...n, position: { x: n.position.x + 40, y: n.position.y } } : n));
    const after = withStageOverviews(moved);
    // then
    expect(stages(after)[0]).not.toBe(stages(before)[0]);
    expect(stages(after)[0]!.data.overview!.find((s) => s.name === 'S1_Step_2')!.x).toBe(nodes.find((n) => n.id === 'S1_Step_2')!.position.x + 40);
    expect(stages(after)[1]).toBe(stages(before)[1]);
    expect(stages(after)[2]).toBe(stages(before)[2]);
  });
});

describe('sketchPaths', () => {
  const sketch = (name: string, y: number, mode: StepSketch['mode'], invalid = false): StepSketch => ({ name, x: 12, y, width: 232, height: 60, mode, invalid });
  const overview = [sketch('A', 50, 'sync'), sketch('B', 130, 'async'), sketch('C', 210, 'sync', true), sketch('D', 290, 'sync')];

  it('draws one path per kind colour while editing (an invalid step red)', () => {
    // when
    const paths = sketchPaths(overview, null);
    // then
    expect(paths.map((p) => [p.colour, p.count])).toEqual([['sync', 2], ['async', 1], ['invalid', 1]]);
    expect(paths[0]!.d).toBe('M12,50h232v60h-232zM12,290h232v60h-232z');
  });

  it('draws one path per status colour in a run', () => {
    // when
    const status: Record<string, AnyStatus> = { A: 'Completed', B: 'InProgress', C: 'Completed' };
    const paths = sketchPaths(overview, (name) => status[name]);
    // then
    expect(paths.map((p) => [p.colour, p.count])).toEqual([['Completed', 2], ['InProgress', 1], ['NotStarted', 1]]);
  });
});
