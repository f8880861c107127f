/**
 * `$Input` and `$Output` of a prompt flow (processType PromptFlow): the prompt template's inputs and
 * the instructions the flow adds to its prompt. Survey 11: an Active prompt flow of
 * nadish05/Salesforce-Org-Backup-MyOrg filters a Get Records on `$Input.Recipient.Interest1__c`,
 * and the run said only that it was "a global the simulator does not provide".
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { flowOf, run, variable } from './testing/build';

const copy = (from: string): FlowElement => ({ kind: 'assignment', name: 'Copy', items: [{ ref: 'out', operator: 'Assign', value: { ref: from } }] });

describe('a prompt flow\'s $Input and $Output', () => {
  it('assignments: reading $Input.Recipient.Interest1__c stops the run as unsupported, saying it is an input of the prompt template that runs the flow', () => {
    // given
    const flow = flowOf([copy('$Input.Recipient.Interest1__c')], { variables: [variable('out', 'String')] });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toMatchObject({ element: 'Copy', reference: '$Input.Recipient.Interest1__c',
      message: "{!$Input.Recipient.Interest1__c} reads an input of the prompt template that runs this flow ($Input: a prompt flow's, processType PromptFlow, started by Prompt Builder), which the simulator does not run" });
  });

  it('assignments: reading $Output.Prompt says it is the output of the prompt template that runs the flow', () => {
    const flow = flowOf([copy('$Output.Prompt')], { variables: [variable('out', 'String')] });
    expect(run(flow).run.unsupported?.message).toBe("{!$Output.Prompt} reads the output of the prompt template that runs this flow ($Output: a prompt flow's, processType PromptFlow, started by Prompt Builder), which the simulator does not run");
  });
});
