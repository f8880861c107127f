import { describe, expect, it } from 'vitest';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { neighbourAfterDelete } from './deleteNeighbour';

describe('the neighbour that takes focus after a delete', () => {
  const doc = propertiesFixture();
  const stage = doc.stages.find((s) => s.steps.length >= 2)!;
  const [first, second] = stage.steps.map((s) => s.name);

  it('a step: the previous step of its stage, else the next, else the stage', () => {
    // given / when / then
    expect(neighbourAfterDelete(doc, [second!])).toBe(first);
    expect(neighbourAfterDelete(doc, [first!])).toBe(second);
    expect(neighbourAfterDelete(doc, stage.steps.map((s) => s.name))).toBe(stage.name);
  });

  it('a stage: the previous stage, else the next; nothing when all is gone', () => {
    const names = doc.stages.map((s) => s.name);
    expect(neighbourAfterDelete(doc, [names[1]!])).toBe(names[0]);
    expect(neighbourAfterDelete(doc, [names[0]!])).toBe(names[1]);
    expect(neighbourAfterDelete(doc, [...names, ...(doc.decisions ?? []).map((d) => d.name)])).toBeNull();
    expect(neighbourAfterDelete(doc, [])).toBeNull();
  });
});
