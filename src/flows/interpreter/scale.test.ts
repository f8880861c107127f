import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, orgWith, run, variable } from './testing/build';

const assign = (name: string, items: Extract<FlowElement, { kind: 'assignment' }>['items']): FlowElement => ({ kind: 'assignment', name, items });

describe('Number and Currency scale (decimal places)', () => {
  it('scale: a value assigned to a Number variable with <scale>2 is stored rounded to 2 places, half away from zero, and logged so', () => {
    // given: price (scale 2) assigned 10.005, then total (scale 2) = price + 0.333
    const flow = flowOf([assign('Set', [
      { ref: 'price', operator: 'Assign', value: { number: 10.005 } },
      { ref: 'total', operator: 'Assign', value: { ref: 'price' } },
      { ref: 'total', operator: 'Add', value: { number: 0.333 } },
      { ref: 'loss', operator: 'Assign', value: { number: -2.675 } },
    ])], { variables: [
      variable('price', 'Number', { io: 'out', scale: 2 }), variable('total', 'Number', { io: 'out', scale: 2 }), variable('loss', 'Number', { io: 'out', scale: 2 }),
    ] });
    // when
    const { run: result } = run(flow);
    // then: 10.005 → 10.01; 10.01 + 0.333 = 10.343 → 10.34; -2.675 → -2.68
    expect(result.outputs).toEqual({ price: 10.01, total: 10.34, loss: -2.68 });
    expect(result.assignments[0]).toEqual({ element: 'Set', variable: 'price', value: 10.01 });
  });

  it('scale: a Currency variable with <scale>0 holds whole numbers (2.5 → 3, -2.5 → -3); a default and an input are rounded too', () => {
    // given
    const flow = flowOf([assign('Set', [{ ref: 'up', operator: 'Assign', value: { number: 2.5 } }, { ref: 'down', operator: 'Assign', value: { number: -2.5 } }])], { variables: [
      variable('up', 'Currency', { io: 'out', scale: 0 }), variable('down', 'Currency', { io: 'out', scale: 0 }),
      variable('fee', 'Currency', { io: 'out', scale: 0, value: { number: 4.4 } }), variable('given', 'Number', { io: 'inout', scale: 1 }),
    ] });
    // when
    const { run: result } = run(flow, { inputs: { given: '7.25' } });
    // then
    expect(result.outputs).toEqual({ up: 3, down: -3, fee: 4, given: 7.3 });
  });

  it('scale: a Number formula with <scale> gives its result rounded, so a decision on it sees the rounded value', () => {
    // given: ratio = 2 / 3 at scale 2, copied out and compared with 0.67
    const flow = flowOf(chain(
      assign('Copy', [{ ref: 'out', operator: 'Assign', value: { ref: 'ratio' } }]),
      { kind: 'decision', name: 'Is_Two_Thirds', rules: [{ name: 'Rounded', logic: 'and', conditions: [{ left: 'ratio', operator: 'EqualTo', right: { number: 0.67 } }], connector: 'Mark' }] },
      assign('Mark', [{ ref: 'matched', operator: 'Assign', value: { boolean: true } }]),
    ), {
      variables: [variable('out', 'Number', { io: 'out' }), variable('matched', 'Boolean', { io: 'out', value: { boolean: false } })],
      formulas: [{ name: 'ratio', dataType: 'Number', expression: '2 / 3', scale: 2 }],
    });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.outputs).toEqual({ out: 0.67, matched: true });
  });

  it('scale: values stored into variables by Get Records outputs and by adding to a Number collection are rounded', () => {
    // given: a case with Hours__c 1.26 read into hours (scale 1); 2.449 added to a scale-1 collection
    const flow = flowOf(chain(
      { kind: 'recordLookup', name: 'Get_Case', object: 'Case', filters: [], getFirstRecordOnly: true, storeOutputAutomatically: false, outputAssignments: [{ name: 'Hours__c', ref: 'hours' }], queriedFields: [] },
      assign('Collect', [{ ref: 'list', operator: 'Add', value: { number: 2.449 } }, { ref: 'list', operator: 'Add', value: { ref: 'hours' } }]),
    ), { variables: [variable('hours', 'Number', { io: 'out', scale: 1 }), variable('list', 'Number', { io: 'out', scale: 1, isCollection: true })] });
    // when
    const { run: result } = run(flow, { org: orgWith({ Case: [{ Hours__c: 1.26 }] }) });
    // then
    expect(result.outputs).toEqual({ hours: 1.3, list: [2.4, 1.3] });
  });

  it('scale: a Number variable without <scale> keeps the value as given', () => {
    // given
    const flow = flowOf([assign('Set', [{ ref: 'n', operator: 'Assign', value: { number: 1.23456 } }])], { variables: [variable('n', 'Number', { io: 'out' })] });
    // when / then
    expect(run(flow).run.outputs.n).toBe(1.23456);
  });
});
