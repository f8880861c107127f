import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { saveFlow } from './saveFlow';

describe('flow.save', () => {
  it('adds a new flow to the catalog', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = saveFlow.apply(doc, { flow: { name: 'Notify', type: 'autolaunched', active: true, elements: ['Wait'] } });
    // then
    expect(next.flows!.at(-1)!.name).toBe('Notify');
    expect(next.flows).toHaveLength(doc.flows!.length + 1);
  });

  it('leaves a flow read from a project as it is (it is edited in its project)', () => {
    // given a catalog flow that came from a project file
    const base = propertiesFixture();
    const doc = deepFreeze({ ...base, flows: base.flows!.map((f, i) => (i === 0 ? { ...f, source: { path: 'force-app/main/default/flows/Create_Accounts.flow-meta.xml' } } : f)) });
    // when
    const next = saveFlow.apply(doc, { flow: { ...doc.flows![0]!, elements: ['Wait'] }, original: 'Create_Accounts' });
    // then
    expect(next).toBe(doc);
  });

  it('edits a flow in place', () => {
    const doc = deepFreeze(propertiesFixture());
    const flow = { ...doc.flows![0]!, elements: ['Assignment', 'Wait'] };
    const next = saveFlow.apply(doc, { flow, original: 'Create_Accounts' });
    expect(next.flows![0]!.elements).toEqual(['Assignment', 'Wait']);
  });

  it('renames a flow and the steps and evaluation conditions that call it', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = saveFlow.apply(doc, { flow: { ...doc.flows![3]!, name: 'Is_Confirmed' }, original: 'Hire_Confirmed' });
    expect(next.stages[1]!.steps[0]!.start).toEqual({ mode: 'evaluationFlow', flow: 'Is_Confirmed', inputs: {} });
    const renamed = saveFlow.apply(doc, { flow: { ...doc.flows![0]!, name: 'Make_Accounts' }, original: 'Create_Accounts' });
    expect(renamed.stages[0]!.steps[0]!.flow).toBe('Make_Accounts');
  });

  it('refuses a name that another flow has', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(saveFlow.apply(doc, { flow: { name: 'Ship_Laptop', type: 'autolaunched' } })).toBe(doc);
  });
});
