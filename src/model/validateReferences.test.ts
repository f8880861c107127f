import { describe, expect, it } from 'vitest';
import { backgroundStep, describeProblems, errorsOf, orchestration, warningsOf, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

describe('validateOrchestration: references (R50)', () => {
  it('treats plain words as literals unless they name a variable, and dotted shapes as references that must resolve', () => {
    // given inputs: a literal word, a variable, a record field, a typo in a dotted reference, an email
    const doc = withSteps(backgroundStep('A', { inputs: { recordId: 'Gold' } }), backgroundStep('B', { inputs: { recordId: 'order.Id' } }),
      backgroundStep('C', { inputs: { recordId: 'ordr.Id' } }), backgroundStep('D', { inputs: { recordId: 'ops@example.com' } }),
      backgroundStep('E', { inputs: { recordId: 'A.Status' } }), backgroundStep('F', { inputs: { recordId: 'Z.Outputs.x' } }));
    // when
    const problems = describeProblems(errorsOf(validateOrchestration(doc)));
    // then
    expect(problems).toEqual([
      'stages[0].steps[2].inputs.recordId: "ordr.Id" refers to "ordr", which is not a variable of this orchestration (did you mean "order"?)',
      'stages[0].steps[5].inputs.recordId: unknown step "Z" in "Z.Outputs.x"',
    ]);
  });

  it('says a Stage.Outputs reference names a stage (only steps have outputs), and suggests the step a misspelt one meant', () => {
    const doc = withSteps(backgroundStep('Approve', { outputs: { result: 'region' } }),
      backgroundStep('B', { inputs: { recordId: 'Main.Outputs.result' } }), backgroundStep('C', { inputs: { recordId: 'Aprove.Outputs.result' } }));
    expect(describeProblems(errorsOf(validateOrchestration(doc)))).toEqual([
      'stages[0].steps[1].inputs.recordId: "Main" is a stage; only steps have outputs ("Main.Outputs.result")',
      'stages[0].steps[2].inputs.recordId: unknown step "Aprove" in "Aprove.Outputs.result" (did you mean "Approve"?)',
    ]);
  });

  it('refuses dotted shapes that name no kind of resource', () => {
    const doc = withSteps(backgroundStep('A', { inputs: { recordId: 'a.b.c.d' } }), backgroundStep('B', { inputs: { recordId: 'amount.Field' } }));
    expect(describeProblems(errorsOf(validateOrchestration(doc)))).toEqual([
      'stages[0].steps[0].inputs.recordId: "a.b.c.d" refers to "a", which is not a variable of this orchestration (resources: amount, region, due, order)',
      'stages[0].steps[1].inputs.recordId: "amount.Field" reads a field of "amount", a Number variable; only Record variables have fields',
    ]);
  });

  it('outputs map an output of the flow to an existing variable or record field', () => {
    const doc = withSteps(
      backgroundStep('A', { outputs: { result: 'region' } }),
      backgroundStep('B', { outputs: { result: 'regon' } }),
      backgroundStep('C', { outputs: { tracking: 'region' } }),
      backgroundStep('D', { outputs: { result: 'order.Status' } }),
    );
    expect(describeProblems(errorsOf(validateOrchestration(doc)))).toEqual([
      'stages[0].steps[1].outputs.result: output goes to "regon", which is not a variable of this orchestration',
      'stages[0].steps[2].outputs.tracking: flow "Do_Work" has no output "tracking" (outputs: result)',
    ]);
  });

  // R24 copies an output's value as it is: "abc" into the Number amount made it text, and every
  // requirement on amount then compared text with a number (never held), without a word. A warning:
  // the copy is what the spec says, and a design that ran before still runs
  it('warns about a flow behavior output that the variable it is copied into cannot hold; a record output fits a Record variable', () => {
    const flows = [{ name: 'Quote', type: 'autolaunched' as const, active: true, outputs: ['price', 'note', 'rec'], behavior: { outputs: { price: 'abc', note: 'fine', rec: { Status: 'Done' } } } }];
    const doc = orchestration({ flows, stages: [{ name: 'Main', exit: { mode: 'allStepsCompleted' }, steps: [backgroundStep('A', { flow: 'Quote', outputs: { price: 'amount', note: 'region', rec: 'order' } })] }] });
    const problems = validateOrchestration(doc);
    expect(errorsOf(problems)).toEqual([]);
    expect(describeProblems(warningsOf(problems)).filter((p) => p.includes('behavior.outputs'))).toEqual([
      'stages[0].steps[0].outputs.price: flow "Quote" returns "abc" for "price" (its behavior.outputs), which goes into amount: amount is a Number value and cannot be set to "abc"; the run copies it as it is',
    ]);
  });

  it('warns about step inputs the flow does not declare, except engine-filled ones', () => {
    const doc = withSteps(backgroundStep('A', { inputs: { orderId: 'order.Id', ActionInput__RecordId: 'order.Id' } }));
    expect(describeProblems(validateOrchestration(doc))).toEqual(['stages[0].steps[0].inputs.orderId: flow "Do_Work" has no input "orderId" (inputs: recordId); the value is not passed']);
  });

  it('warns about a record field that is not among the record\'s known fields', () => {
    const doc = withSteps(backgroundStep('A', { inputs: { recordId: 'order.Idd' } }));
    expect(describeProblems(warningsOf(validateOrchestration(doc)))).toEqual([
      'stages[0].steps[0].inputs.recordId: "Idd" is not among the known fields of order (Id, Status, Paid, Total); it reads as null unless the run sets it',
    ]);
  });

  it('reads $Record fields in a record-triggered orchestration without a declared $Record', () => {
    const doc = orchestration({ trigger: { type: 'recordTriggered', object: 'Order' } });
    const withRecord = { ...doc, stages: [{ ...doc.stages[0]!, steps: [backgroundStep('A', { inputs: { recordId: '$Record.Id' } })] }] };
    expect(validateOrchestration(withRecord)).toEqual([]);
    expect(describeProblems(validateOrchestration({ ...withRecord, trigger: { type: 'autolaunched' } }))).toEqual([
      'stages[0].steps[0].inputs.recordId: "$Record.Id" reads $Record, the triggering record, which exists only in a record-triggered orchestration',
    ]);
  });
});
