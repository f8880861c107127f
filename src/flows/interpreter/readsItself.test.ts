/**
 * A choice or text template whose value reads itself: its value read inside itself is null (survey
 * 26: VV250231/NcrOrgCloneWithGroupedPackages' Active screen flow EC_Case_Create_with_Dispatch_Option
 * has choices Choice_Yes and Choice_No whose value is `{!Choice_Yes}` and `{!Choice_No}`, and a
 * decision on `Choice_No` WasSelected; the run faulted, "internal error: Maximum call stack size
 * exceeded"). The flows here are written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, run, variable } from './testing/build';

const ask: FlowElement = { kind: 'screen', name: 'Files_Screen', fields: [{ name: 'Any_Files', fieldType: 'RadioButtons', dataType: 'String', choices: ['Choice_Yes', 'Choice_No'] }] };
const attach: FlowElement = { kind: 'decision', name: 'Doyouhavefilestoattach', rules: [
  { name: 'No_Files', logic: 'and', conditions: [{ left: 'Choice_No', operator: 'WasSelected', right: { boolean: true } }] },
  { name: 'Attach_Files', logic: 'and', conditions: [{ left: 'Choice_Yes', operator: 'WasSelected', right: { boolean: true } }] },
] };
const choices = [
  { name: 'Choice_Yes', choiceText: 'Yes', dataType: 'String', value: { ref: 'Choice_Yes' } },
  { name: 'Choice_No', choiceText: 'No', dataType: 'String', value: { ref: 'Choice_No' } },
];

describe('a choice or text template whose value reads itself', () => {
  it('choices: a decision on WasSelected of a choice whose value is the choice itself runs, its check explained with the choice\'s value, null', () => {
    // given
    const flow = flowOf(chain(ask, attach), { processType: 'Flow', choices });
    // when: the run explains its decisions, as the flow command's does
    const result = run(flow, { explainDecisions: true, screenValues: { Any_Files: 'Choice_Yes' } }).run;
    // then it completes, where reading {!Choice_No} for the explanation recursed until the stack overflowed
    expect(result.status).toBe('completed');
    expect(result.path.map((p) => [p.element, p.outcome])).toEqual([['Files_Screen', undefined], ['Doyouhavefilestoattach', 'Attach_Files']]);
    expect(result.lastDecision?.notMet).toEqual([{ outcome: 'No_Files', rows: [{ left: 'Choice_No', operator: 'WasSelected', value: null, expected: true }] }]);
  });

  it('choices: the value of a choice whose value is the choice itself is null (chosen), and picking it selects it', () => {
    // given: the flow copies the screen's answer, the picked choice's value
    const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'answer', operator: 'Assign', value: { ref: 'Any_Files' } }, { ref: 'no', operator: 'Assign', value: { ref: 'Choice_No' } }] };
    const flow = flowOf(chain(ask, copy, attach), { processType: 'Flow', choices, variables: [variable('answer', 'String', { io: 'out' }), variable('no', 'String', { io: 'out' })] });
    // when
    const result = run(flow, { screenValues: { Any_Files: 'Choice_No' } }).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ answer: null, no: null });
    expect(result.path.at(-1)).toMatchObject({ element: 'Doyouhavefilestoattach', outcome: 'No_Files' });
  });

  it('textTemplates: a text template that merges itself merges empty text there (chosen), once', () => {
    // given
    const say: FlowElement = { kind: 'assignment', name: 'Say', items: [{ ref: 'said', operator: 'Assign', value: { ref: 'Greeting' } }] };
    const flow = flowOf([say], { textTemplates: [{ name: 'Greeting', text: 'Hello {!Greeting}' }], variables: [variable('said', 'String', { io: 'out' })] });
    // when
    const result = run(flow).run;
    // then: before, it merged itself until the stack overflowed
    expect(result.status).toBe('completed');
    expect(result.outputs.said).toBe('Hello ');
  });
});
