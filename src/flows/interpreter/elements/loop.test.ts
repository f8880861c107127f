import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { flowOf, run, variable } from '../testing/build';
import { MAX_SCREEN_SHOWINGS } from '../run';

function loopFlow(order: 'Asc' | 'Desc', itemVariable?: string) {
  const loop: FlowElement = { kind: 'loop', name: 'Each', collection: 'names', order, nextValue: 'Append', noMoreValues: undefined, ...(itemVariable ? { itemVariable } : {}) };
  const append: FlowElement = { kind: 'assignment', name: 'Append', connector: 'Each', items: [{ ref: 'joined', operator: 'Add', value: { ref: itemVariable ?? 'Each' } }] };
  return flowOf([loop, append], {
    variables: [variable('names', 'String', { isCollection: true, io: 'in' }), variable('joined', 'String', { io: 'out' }), variable('item', 'String')],
  });
}

describe('loops', () => {
  it('loops: Asc goes through every item in order, the current item read by the loop\'s name', () => {
    // given / when
    const { run: result } = run(loopFlow('Asc'), { inputs: { names: ['a', 'b', 'c'] } });
    // then
    expect(result.outputs.joined).toBe('abc');
    expect(result.path.filter((p) => p.element === 'Each').map((p) => p.outcome)).toEqual(['next', 'next', 'next', 'done']);
  });

  it('loops: Desc goes from the last item, into the loop variable of older flows', () => {
    // given / when
    const { run: result } = run(loopFlow('Desc', 'item'), { inputs: { names: ['a', 'b', 'c'] } });
    // then
    expect(result.outputs.joined).toBe('cba');
  });

  it('loops: an empty or null collection goes straight to After Last Item', () => {
    // given / when
    const empty = run(loopFlow('Asc'), { inputs: { names: [] } }).run;
    const none = run(loopFlow('Asc')).run;
    // then
    expect(empty.path.map((p) => p.outcome)).toEqual(['done']);
    expect(none.outputs.joined).toBeNull();
  });

  it('loops: a loop that never ends is stopped by the element limit, reported', () => {
    // given an assignment whose connector goes back to itself
    const forever = flowOf([{ kind: 'assignment', name: 'Again', connector: 'Again', items: [] }]);
    // when
    const { run: result } = run(forever, { limits: { maxElements: 50 } });
    // then
    expect(result.status).toBe('faulted');
    expect(result.stoppedBy).toBe('maxElements');
    expect(result.fault?.message).toBe('the run executed more than 50 elements (a loop that never ends?): Again ran 50 times');
    expect(result.elementsExecuted).toBe(51);
  });

  it('loops: a loop entered again after its last item starts over, and the element limit names the elements that repeat', () => {
    // given: After Last Item sends an email, which goes back to the loop (a Go To), over an empty collection
    const each: FlowElement = { kind: 'loop', name: 'Each_User', collection: 'names', order: 'Asc', noMoreValues: 'Alert' };
    const alert: FlowElement = { kind: 'actionCall', name: 'Alert', actionName: 'Lead.Still_Open', actionType: 'emailAlert', inputParameters: [], outputParameters: [], connector: 'Each_User' };
    const flow = flowOf([each, alert], { variables: [variable('names', 'String', { isCollection: true, io: 'in' })] });
    // when
    const { run: result } = run(flow, { limits: { maxElements: 50 }, inputs: { names: [] } });
    // then: it said only "the run executed more than 50 elements (a loop that never ends?)", at Alert
    expect(result.stoppedBy).toBe('maxElements');
    expect(result.fault?.message).toBe('the run executed more than 50 elements (a loop that never ends?): Each_User and Alert ran 25 times each; the loop Each_User went past its last item 25 times and was entered again each time, which starts it over from its first item');
  });

  it('loops: an endless loop through a screen, answered offline with the same values each time, is named with the screen', () => {
    // given a screen whose "Add another?" checkbox sends the run back to it
    const ask: FlowElement = { kind: 'screen', name: 'Add_Item', connector: 'More', fields: [{ name: 'Another', fieldType: 'InputField', dataType: 'Boolean' }] };
    const more: FlowElement = { kind: 'decision', name: 'More', rules: [{ name: 'Yes', logic: 'and', conditions: [{ left: 'Another', operator: 'EqualTo', right: { boolean: true } }], connector: 'Add_Item' }] };
    const flow = flowOf([ask, more], { processType: 'Flow' });
    // when: the box is given ticked, every time
    const { run: result } = run(flow, { limits: { maxElements: 50 }, screenValues: { Another: true } });
    // then
    expect(result.stoppedBy).toBe('maxElements');
    expect(result.fault?.message).toBe('the run executed more than 50 elements (a loop that never ends?): the screen Add_Item was shown 25 times, answered with the same values each time; a user leaves such a loop by answering differently, so give the screen values that do');
    expect(run(flow, { limits: { maxElements: 50 } }).run.status).toBe('completed');
  });

  it('loops: a screen shown a thousand times in one run stops it as a loop, long before the element limit', () => {
    // given the same endless "Add another?" loop, under the default limits (100,000 elements)
    const ask: FlowElement = { kind: 'screen', name: 'Add_Item', connector: 'More', fields: [{ name: 'Another', fieldType: 'InputField', dataType: 'Boolean' }] };
    const more: FlowElement = { kind: 'decision', name: 'More', rules: [{ name: 'Yes', logic: 'and', conditions: [{ left: 'Another', operator: 'EqualTo', right: { boolean: true } }], connector: 'Add_Item' }] };
    // when: the box is given ticked, every time
    const { run: result } = run(flowOf([ask, more], { processType: 'Flow' }), { screenValues: { Another: true } });
    // then the screen's thousand-and-first showing stops the run, naming it
    expect(result.status).toBe('faulted');
    expect(result.fault).toEqual({ element: 'Add_Item', message: `a loop that never ends: the screen Add_Item was shown ${MAX_SCREEN_SHOWINGS} times, answered with the same values each time; a user leaves such a loop by answering differently, so give the screen values that do` });
    expect(result.stoppedBy).toBeUndefined();
    expect(result.elementsExecuted).toBe(2 * MAX_SCREEN_SHOWINGS);
  });
});
