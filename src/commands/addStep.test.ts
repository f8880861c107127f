import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { addStep } from './addStep';

describe('step.add', () => {
  it('adds a background step with the first autolaunched flow; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, addStep, { stage: 'Settle_In', name: 'Notify', label: 'Notify', kind: 'background' });
    // then
    const step = run.after.stages[1]!.steps.at(-1)!;
    expect(step).toMatchObject({ name: 'Notify', kind: 'background', flow: 'Create_Accounts', start: { mode: 'stageStarts' } });
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('gives an interactive step the first screen flow and ignores an unknown stage', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = addStep.apply(doc, { stage: 'Settle_In', name: 'Ask', label: 'Ask', kind: 'interactive' });
    expect(next.stages[1]!.steps.at(-1)!.flow).toBe('Review_Hire');
    expect(addStep.apply(doc, { stage: 'Nope', name: 'Ask', label: 'Ask', kind: 'interactive' })).toBe(doc);
  });

  it('leaves a new step of a design from a project without a flow, for the admin to choose (its catalog holds only the flows already called)', () => {
    // given the same catalog, read from a project's files
    const base = propertiesFixture();
    const doc = deepFreeze({ ...base, flows: (base.flows ?? []).map((f) => ({ ...f, source: { path: `force-app/main/default/flows/${f.name}.flow-meta.xml` } })) });
    // when a step of each kind is added
    const background = addStep.apply(doc, { stage: 'Settle_In', name: 'Notify', label: 'Notify', kind: 'background' }).stages[1]!.steps.at(-1)!;
    const interactive = addStep.apply(doc, { stage: 'Settle_In', name: 'Ask', label: 'Ask', kind: 'interactive' }).stages[1]!.steps.at(-1)!;
    // then neither has a flow, and each keeps the rest of its kind's defaults
    expect(background).toEqual({ name: 'Notify', label: 'Notify', kind: 'background', start: { mode: 'stageStarts' }, runAs: { mode: 'default' } });
    expect(interactive).toEqual({ name: 'Ask', label: 'Ask', kind: 'interactive', start: { mode: 'stageStarts' }, complete: { mode: 'screenFlowFinished' } });
  });
});
