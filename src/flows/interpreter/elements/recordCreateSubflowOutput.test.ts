import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';
import type { ResolvedFlow } from '../types';

// A subflow that builds Task records without saving them and hands them back as an output record
// collection, as survey 13's AdviceRecipientsCreateAndUpdate does for its callers' Create Records.
const builder = flowOf(chain(
  { kind: 'assignment', name: 'Fill', items: [{ ref: 'task.Subject', operator: 'Assign', value: { string: 'Call back' } }, { ref: 'tasks', operator: 'Add', value: { ref: 'task' } }] },
), { variables: [variable('task', 'SObject', { objectType: 'Task' }), variable('tasks', 'SObject', { objectType: 'Task', isCollection: true, io: 'out' })] });

const flows: Record<string, FlowDefinition> = { Build_Tasks: builder };
const resolveFlow = (name: string): ResolvedFlow | undefined => (flows[name] ? { definition: flows[name]!, file: `flows/${name}.flow-meta.xml` } : undefined);

describe('Create Records of a subflow\'s output', () => {
  it('recordCreates with inputReference {!Subflow.output}: creates the records, of the object the called flow\'s output variable declares', () => {
    // given: the caller stores the subflow's outputs automatically and creates what it returned
    const flow = flowOf(chain(
      { kind: 'subflow', name: 'Call_builder', flowName: 'Build_Tasks', inputAssignments: [], outputAssignments: [], storeOutputAutomatically: true },
      { kind: 'recordCreate', name: 'Create_tasks', inputReference: 'Call_builder.tasks', inputAssignments: [] },
    ));
    // when
    const { run: result, org } = run(flow, { resolveFlow, org: orgWith({}) });
    // then: Salesforce knows the output's object from the subflow's variable; the run faulted with "cannot tell which object"
    expect(result.status).toBe('completed');
    expect(org.recordsOf('Task').map((t) => t.fields.Subject)).toEqual(['Call back']);
    expect(result.recordChanges.map((c) => [c.element, c.operation, c.object])).toEqual([['Create_tasks', 'create', 'Task']]);
  });

  it('recordCreates with inputReference {!Subflow.output}: an output the called flow does not declare still says which reference it could not type', () => {
    // given
    const flow = flowOf(chain(
      { kind: 'subflow', name: 'Call_builder', flowName: 'Build_Tasks', inputAssignments: [], outputAssignments: [], storeOutputAutomatically: true },
      { kind: 'recordCreate', name: 'Create_tasks', inputReference: 'Call_builder.nothing', inputAssignments: [] },
    ));
    // when
    const { run: result } = run(flow, { resolveFlow, org: orgWith({}) });
    // then
    expect(result.status).toBe('faulted');
    expect(result.fault?.message).toBe('Create_tasks: cannot tell which object {!Call_builder.nothing} holds');
  });
});
