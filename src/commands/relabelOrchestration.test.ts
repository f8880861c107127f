import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { runWithHistory } from '../store/commandHarness';
import { relabelOrchestration } from './relabelOrchestration';
import { updateOrchestration } from './updateOrchestration';

describe('orchestration.relabel', () => {
  it('a new design’s API name follows its label; undo and redo', () => {
    // given
    const doc = deepFreeze(emptyOrchestration());
    // when
    const run = runWithHistory(doc, relabelOrchestration, { label: 'Order fulfilment' });
    // then
    expect(run.after).toMatchObject({ label: 'Order fulfilment', name: 'Order_fulfilment' });
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('keeps following keystroke by keystroke', () => {
    // given
    let doc = emptyOrchestration();
    // when
    for (const label of ['O', 'Or', 'Ord', 'Orde', 'Order', 'Order ', 'Order 2']) doc = relabelOrchestration.apply(doc, { label });
    // then
    expect(doc.name).toBe('Order_2');
  });

  it('stops following once the admin typed an API name', () => {
    // given
    const doc = deepFreeze(updateOrchestration.apply(emptyOrchestration(), { name: 'Fulfil_Orders' }));
    // when
    const next = relabelOrchestration.apply(doc, { label: 'Order fulfilment' });
    // then
    expect(next).toMatchObject({ label: 'Order fulfilment', name: 'Fulfil_Orders' });
  });

  it('clearing the label keeps the name', () => {
    const doc = deepFreeze(emptyOrchestration());
    const next = relabelOrchestration.apply(doc, { label: '' });
    expect(next.name).toBe('New_Orchestration');
    expect(next).not.toHaveProperty('label');
  });
});
