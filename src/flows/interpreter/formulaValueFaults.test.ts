/**
 * A function given a value it has no result for is the formula's own fault, not something the
 * simulator cannot run. Shape from survey 16 (kure1111/p2gProdu, no licence, so written anew here):
 * five scheduled flows default a Date variable to `DATE(2024, MONTH(TODAY()) - 1, 1)`, the first day
 * of last month, which has no day in January (month 0); they stopped as unsupported, naming DATE.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, run, variable } from './testing/build';

const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'out', operator: 'Assign', value: { ref: 'Value' } }] };

function flowWith(dataType: string, expression: string) {
  return flowOf(chain(copy), { variables: [variable('out', dataType, { io: 'out' })], formulas: [{ name: 'Value', dataType, expression }] });
}

describe('a formula function given a value it has no result for', () => {
  it('DATE of a day that does not exist faults the element reading it (the run starts in January)', () => {
    const result = run(flowWith('Date', 'DATE(2024, MONTH(TODAY()) - 1, 1)'));
    expect(result.run.status).toBe('faulted');
    expect(result.run.fault).toEqual({ element: 'Copy', message: 'formula Value: position 1: DATE: 2024-0-1 is not a valid date (years 1700-4000)' });
  });

  it('SQRT of a negative number and ADDMONTHS beyond the year 4000 fault too', () => {
    expect(run(flowWith('Number', 'SQRT(-4)')).run.status).toBe('faulted');
    expect(run(flowWith('Date', 'ADDMONTHS(DATE(4000, 12, 1), 1)')).run.status).toBe('faulted');
  });

  it('a Date variable defaulting to such a formula faults as the run starts, naming the variable', () => {
    const flow = flowOf(chain(copy), {
      variables: [variable('First_Of_Last_Month', 'Date', { value: { ref: 'Value' } }), variable('out', 'Date', { io: 'out' })],
      formulas: [{ name: 'Value', dataType: 'Date', expression: 'DATE(2024, MONTH(TODAY()) - 1, 1)' }],
    });
    const result = run(flow);
    expect(result.run.status).toBe('faulted');
    expect(result.run.fault).toEqual({ message: "variable First_Of_Last_Month's default value: formula Value: position 1: DATE: 2024-0-1 is not a valid date (years 1700-4000)" });
  });

  it('a function the evaluator does not know still stops the run as unsupported, naming it', () => {
    const result = run(flowWith('Number', 'NOSUCHFUNCTION(1)'));
    expect(result.run.status).toBe('unsupported');
    expect(result.run.unsupported?.function).toBe('NOSUCHFUNCTION');
  });
});
