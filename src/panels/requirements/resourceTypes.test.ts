import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { operatorsFor } from './operators';
import { resourceOptions, typeOfResource } from './resourceTypes';
import { defaultRight, rightFits } from './rightValues';

describe('requirement resources, operators and values', () => {
  it('offers variables, record fields with their types, statuses and step outputs', () => {
    // given
    const options = resourceOptions(propertiesFixture());
    // then
    expect(typeOfResource(options, 'amount')).toBe('Number');
    expect(typeOfResource(options, 'hire.Confirmed')).toBe('Boolean');
    expect(typeOfResource(options, 'hire.Department')).toBe('Text');
    expect(typeOfResource(options, 'Buddy.Status')).toBe('Status');
    expect(typeOfResource(options, 'Settle_In.Status')).toBe('Status');
    expect(typeOfResource(options, 'Provision_Laptop.Outputs.assetTag')).toBe('Text');
    expect(options.find((o) => o.ref === 'hire')).toBeUndefined();
  });

  it('types a step output from the type its project flow declares, when it is mapped to no variable', () => {
    // given a step whose flow (read from a project) declares a Number output and a record output
    const doc = propertiesFixture();
    const step = doc.stages.flatMap((s) => s.steps).find((s) => s.flow !== undefined)!;
    const flows = (doc.flows ?? []).map((f) => (f.name === step.flow ? { ...f, outputs: ['total', 'account'], parameters: [
      { name: 'total', direction: 'output' as const, dataType: 'Currency' },
      { name: 'account', direction: 'output' as const, dataType: 'SObject', objectType: 'Account' },
    ] } : f));
    const options = resourceOptions({ ...doc, stages: doc.stages.map((s) => ({ ...s, steps: s.steps.map((x) => (x.name === step.name ? { ...x, outputs: {} } : x)) })), flows });
    // then
    expect(typeOfResource(options, `${step.name}.Outputs.total`)).toBe('Number');
    expect(typeOfResource(options, `${step.name}.Outputs.account`)).toBe('Unknown');
  });

  it('offers $Record fields of a record-triggered orchestration: the entry conditions\' and the scenario record\'s, $Record__Prior for updates', () => {
    // given
    const doc = { ...propertiesFixture(), trigger: { type: 'recordTriggered' as const, object: 'Case', when: 'createAndUpdate' as const, entryConditions: { filters: [{ field: 'Status', operator: 'EqualTo' as const, value: { string: 'New' } }] } } };
    // when
    const options = resourceOptions(doc, [], { Id: '500000000000001', Priority: 'High', IsEscalated: true });
    // then
    const triggering = options.filter((o) => o.group === 'Triggering record').map((o) => `${o.ref}: ${o.type}`);
    expect(triggering).toEqual([
      '$Record.Id: Text', '$Record.IsEscalated: Boolean', '$Record.Priority: Text', '$Record.Status: Unknown',
      '$Record__Prior.Id: Text', '$Record__Prior.IsEscalated: Boolean', '$Record__Prior.Priority: Text', '$Record__Prior.Status: Unknown',
    ]);
    // and an autolaunched orchestration has no triggering record
    expect(resourceOptions(propertiesFixture(), [], { Id: 'x' }).filter((o) => o.group === 'Triggering record')).toEqual([]);
  });

  it('offers the $Record fields the document already reads — in conditions, step inputs and assignees, through relationships too — in every picker', () => {
    // given a record-triggered design whose first step waits on $Record.Amount__c, is assigned to $Record.OwnerId and passes $Record.Account.Name
    const base = propertiesFixture();
    const [first, ...rest] = base.stages[0]!.steps;
    const reading = {
      ...first!,
      start: { mode: 'requirements' as const, requirements: [{ left: '$Record.Amount__c', operator: 'GreaterThan' as const, right: { number: 100 } }] },
      assignee: { type: 'user' as const, name: '$Record.OwnerId' },
      inputs: { accountName: '$Record.Account.Name', literal: 'not a reference' },
    };
    const doc = { ...base, trigger: { type: 'recordTriggered' as const, object: 'Opportunity', when: 'create' as const }, stages: [{ ...base.stages[0]!, steps: [reading, ...rest] }, ...base.stages.slice(1)] };
    // when
    const triggering = resourceOptions(doc, [], { Amount__c: 250 }).filter((o) => o.group === 'Triggering record').map((o) => `${o.ref}: ${o.type}`);
    // then each is offered once, typed by the scenario's record where it has the field
    expect(triggering).toEqual(['$Record.Account.Name: Unknown', '$Record.Amount__c: Number', '$Record.OwnerId: Unknown']);
  });

  it('offers each $Record field once when the design also declares a $Record Record variable, keeping the typed entry', () => {
    // given a record-triggered design that reads $Record.Id and $Record.Total and declares $Record with sample values (as order-fulfilment does)
    const base = propertiesFixture();
    const [first, ...rest] = base.stages[0]!.steps;
    const reading = { ...first!, start: { mode: 'requirements' as const, requirements: [{ left: '$Record.Total', operator: 'GreaterThan' as const, right: { number: 100 } }] }, inputs: { orderId: '$Record.Id' } };
    const doc = {
      ...base,
      trigger: { type: 'recordTriggered' as const, object: 'Order', when: 'create' as const },
      variables: [...(base.variables ?? []), { name: '$Record', type: 'Record' as const, object: 'Order', value: { Id: '801Qy00000AbCdE', Total: 249.9 } }],
      stages: [{ ...base.stages[0]!, steps: [reading, ...rest] }, ...base.stages.slice(1)],
    };
    // when
    const options = resourceOptions(doc);
    // then every value is offered once, and the $Record fields keep their sample types
    const refs = options.map((o) => o.ref);
    expect(refs.filter((ref, i) => refs.indexOf(ref) !== i)).toEqual([]);
    expect(options.filter((o) => o.ref.startsWith('$Record.')).map((o) => `${o.ref}: ${o.type}`)).toEqual(['$Record.Id: Text', '$Record.Total: Number']);
    // and a triggering-record field the variable does not type stays offered
    const untyped = resourceOptions({ ...doc, variables: [...(base.variables ?? []), { name: '$Record', type: 'Record' as const, object: 'Order', value: { Id: null } }] });
    expect(untyped.filter((o) => o.ref.startsWith('$Record.')).map((o) => `${o.ref}: ${o.type}`)).toEqual(['$Record.Id: Unknown', '$Record.Total: Unknown']);
  });

  it('R60: offers ordering only for numbers and dates, text tests only for text and statuses', () => {
    expect(operatorsFor('Number')).toContain('GreaterThan');
    expect(operatorsFor('Date')).toContain('LessThanOrEqualTo');
    expect(operatorsFor('Text')).not.toContain('GreaterThan');
    expect(operatorsFor('Text')).toContain('StartsWith');
    expect(operatorsFor('Boolean')).not.toContain('Contains');
    expect(operatorsFor('Status')).toContain('EqualTo');
  });

  it('R62/R63: starts a row with a value of the right shape', () => {
    expect(defaultRight('Status', 'EqualTo')).toEqual({ string: 'Completed' });
    expect(defaultRight('Number', 'IsNull')).toEqual({ boolean: true });
    expect(rightFits({ number: 1 }, 'Text', 'EqualTo')).toBe(false);
    expect(rightFits({ ref: 'amount' }, 'Number', 'GreaterThan')).toBe(true);
  });
});
