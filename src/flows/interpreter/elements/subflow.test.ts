import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowElement } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';
import type { ResolvedFlow } from '../types';

const child = flowOf(chain(
  { kind: 'recordCreate', name: 'Make', object: 'Task', inputAssignments: [{ name: 'Subject', value: { ref: 'subject' } }], assignRecordIdToReference: 'taskId' },
  { kind: 'assignment', name: 'Shout', items: [{ ref: 'loud', operator: 'Assign', value: { ref: 'subject' } }, { ref: 'loud', operator: 'Add', value: { string: '!' } }] },
), { variables: [variable('subject', 'String', { io: 'in' }), variable('loud', 'String', { io: 'out' }), variable('taskId', 'String', { io: 'out' })] });

const broken = flowOf(chain(
  { kind: 'recordCreate', name: 'Make', object: 'Task', inputAssignments: [{ name: 'Subject', value: { string: 'half done' } }] },
  { kind: 'assignment', name: 'Point', items: [{ ref: 'rec.Id', operator: 'Assign', value: { string: '00T000000000404AAA' } }] },
  { kind: 'recordDelete', name: 'Oops', inputReference: 'rec', filters: [] },
), { variables: [variable('rec', 'SObject', { objectType: 'Task' })] });

const flows: Record<string, FlowDefinition> = { Child: child, Broken: broken };
const resolveFlow = (name: string): ResolvedFlow | undefined => (flows[name] ? { definition: flows[name]!, file: `flows/${name}.flow-meta.xml` } : undefined);

const call = (flowName: string, extra: Partial<Extract<FlowElement, { kind: 'subflow' }>> = {}): FlowElement => ({
  kind: 'subflow', name: 'Call', flowName, inputAssignments: [{ name: 'subject', value: { string: 'hello' } }], outputAssignments: [{ name: 'loud', ref: 'result' }], ...extra,
});

describe('subflows', () => {
  it('subflows: inputs go in, outputs come back, its record changes are the caller\'s (element named Call/Make)', () => {
    // given
    const flow = flowOf([call('Child')], { variables: [variable('result', 'String', { io: 'out' })] });
    // when
    const { run: result, org } = run(flow, { resolveFlow, org: orgWith({}) });
    // then
    expect(result.outputs.result).toBe('hello!');
    expect(result.recordChanges.map((c) => [c.element, c.operation, c.object])).toEqual([['Call/Make', 'create', 'Task']]);
    expect(org.recordsOf('Task')).toHaveLength(1);
    expect(result.path[0]?.subflow?.path.map((p) => p.element)).toEqual(['Make', 'Shout']);
  });

  it('subflows: outputs stored automatically are read as {!Call.output}', () => {
    // given
    const flow = flowOf(chain(call('Child', { outputAssignments: [], storeOutputAutomatically: true }), { kind: 'assignment', name: 'Keep', items: [{ ref: 'result', operator: 'Assign', value: { ref: 'Call.loud' } }] }),
      { variables: [variable('result', 'String', { io: 'out' })] });
    // when / then
    expect(run(flow, { resolveFlow }).run.outputs.result).toBe('hello!');
  });

  it('subflows: a subflow that fails rolls back its own changes and takes the caller\'s fault connector', () => {
    // given
    const flow = flowOf([call('Broken', { inputAssignments: [], outputAssignments: [], faultConnector: 'Recover' }), { kind: 'assignment', name: 'Recover', items: [] }]);
    // when
    const { run: result, org } = run(flow, { resolveFlow, org: orgWith({}) });
    // then
    expect(result.status).toBe('completed');
    expect(result.path[0]?.fault).toMatch(/Call: subflow Broken \(flows\/Broken.flow-meta.xml\) failed: Oops: there is no record with Id 00T000000000404AAA to delete/);
    expect(org.recordsOf('Task')).toHaveLength(0);
  });

  it('subflows: a flow that is not in the project stops the run as unsupported, naming it', () => {
    // given / when
    const { run: result } = run(flowOf([call('Missing')]), { resolveFlow });
    // then
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toMatchObject({ element: 'Call', message: expect.stringContaining('the subflow Missing is not in the project') });
  });

  it('subflows: a flow calling itself forever is stopped at the nesting limit', () => {
    // given
    const self: FlowDefinition = flowOf([{ kind: 'subflow', name: 'Again', flowName: 'Self', inputAssignments: [], outputAssignments: [] }]);
    // when
    const { run: result } = run(self, { resolveFlow: () => ({ definition: self }), limits: { maxDepth: 5 } });
    // then
    expect(result).toMatchObject({ status: 'faulted', stoppedBy: 'maxDepth' });
  });
});
