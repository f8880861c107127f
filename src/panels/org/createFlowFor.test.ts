// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { updateStep } from '../../commands/updateStep';
import { doc, historyLength, resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { createFlowFor } from './createFlowFor';

describe('New … flow… in a Flow picker', () => {
  beforeEach(() => resetStores());

  it('adds a flow of the picker’s type and picks it for the step as one undo entry', () => {
    // given
    const step = doc().stages[0]!.steps[0]!;
    const before = doc();
    const entries = historyLength();
    // when
    const name = createFlowFor('autolaunched', (flow, gesture) => gesture.type(updateStep, { name: step.name, changes: { flow } }));
    // then
    expect(name).toMatch(/^New_Flow_\d+$/);
    expect(doc().flows!.find((f) => f.name === name)).toMatchObject({ type: 'autolaunched', active: true, label: name!.replace(/_/g, ' ') });
    expect(doc().stages[0]!.steps[0]!.flow).toBe(name);
    expect(historyLength()).toBe(entries + 1);
    // when
    useAppStore.getState().undo();
    // then
    expect(doc()).toEqual(before);
  });

  it('is refused while a run is shown (the design is read-only)', () => {
    // given
    useAppStore.setState({ runPhase: 'ready' });
    const before = doc();
    // when
    const name = createFlowFor('screen', () => undefined);
    // then
    expect(name).toBeNull();
    expect(doc()).toBe(before);
    useAppStore.setState({ runPhase: 'idle' });
  });
});
