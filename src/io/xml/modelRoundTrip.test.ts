import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Orchestration as OrchestrationSchema } from '../../model/schema';
import type { Orchestration } from '../../model/types';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';

const onboarding = OrchestrationSchema.parse(
  JSON.parse(readFileSync(new URL('../../engine/__fixtures__/onboarding.orchestration.json', import.meta.url), 'utf8')),
);

/** A document using every part of the model that Flow metadata can carry. */
const caseDesk: Orchestration = {
  format: 'stageflow.orchestration',
  version: 1,
  name: 'Case_Desk',
  label: 'Case desk',
  description: 'Triage, work and close a case; errors go to recovery.',
  apiVersion: 60,
  trigger: { type: 'recordTriggered', object: 'Case' },
  variables: [
    { name: 'tier', type: 'Text', value: 'Gold' },
    { name: 'limit', type: 'Number', value: 2.5 },
    { name: 'vip', type: 'Boolean', value: false },
    { name: 'due', type: 'Date', value: '2025-06-30' },
    { name: 'seen', type: 'DateTime', value: '2025-03-09T14:00:00Z' },
    { name: 'account', type: 'Record', object: 'Account' },
    { name: 'resolution', type: 'Text' },
    { name: 'triageQueue', type: 'Text', value: 'Tier_1' },
  ],
  start: 'Triage',
  stages: [
    {
      name: 'Triage', label: 'Triage', exit: { mode: 'allStepsCompleted' }, next: 'Route', faultNext: 'Recovery',
      steps: [
        { name: 'Classify', label: 'Classify', kind: 'background', flow: 'Classify_Case', start: { mode: 'stageStarts' },
          runAs: { mode: 'user', user: 'integration' }, requiresAsync: true, inputs: { caseId: '$Record.Id', mode: 'fast' },
          outputs: { category: 'tier' } },
        { name: 'Review', label: 'Review', kind: 'interactive', flow: 'Review_Screen', start: { mode: 'stepCompleted', step: 'Classify' },
          assignee: { type: 'queue', name: 'triageQueue' }, inputs: { ActionInput__RecordId: '$Record.Id' },
          complete: { mode: 'requirements', requirements: [
            { left: 'Review.Outputs.done', operator: 'EqualTo', right: { boolean: true } },
            { left: '$Record.Status', operator: 'NotEqualTo', right: { string: 'New' } },
          ], logic: 'or' } },
        { name: 'Escalate', label: 'Escalate', kind: 'background', flow: 'Escalate_Case', runAs: { mode: 'default' },
          start: { mode: 'requirements', logic: '1 AND NOT 2', requirements: [
            { left: 'limit', operator: 'GreaterThanOrEqualTo', right: { number: 3 } },
            { left: 'due', operator: 'LessThan', right: { date: '2025-07-01' } },
          ] } },
      ],
    },
    {
      name: 'Work', label: 'Work', next: 'Route',
      exit: { mode: 'evaluationFlow', flow: 'Work_Done', inputs: { caseId: '$Record.Id' } },
      steps: [
        { name: 'Solve', label: 'Solve', kind: 'interactive', flow: 'Solve_Screen', start: { mode: 'evaluationFlow', flow: 'Ready_To_Solve', inputs: {} },
          assignee: { type: 'user', name: 'agent.smith' }, outputs: { resolution: 'resolution' },
          complete: { mode: 'evaluationFlow', flow: 'Solved', inputs: { resolution: 'Solve.Outputs.resolution' } } },
        { name: 'Notify', label: 'Notify', kind: 'background', flow: 'Notify_Customer', start: { mode: 'stepCompleted', step: 'Solve' },
          requiresAsync: false, inputs: { seenAt: 'seen' } },
      ],
    },
    {
      name: 'Recovery', label: 'Recovery', exit: { mode: 'requirements', requirements: [{ left: 'Fix.Status', operator: 'EqualTo', right: { string: 'Completed' } }] },
      steps: [{ name: 'Fix', label: 'Fix', kind: 'interactive', flow: 'Fix_Screen', start: { mode: 'stageStarts' }, assignee: { type: 'group', name: 'Admins' },
        complete: { mode: 'screenFlowFinished' } }],
    },
  ],
  decisions: [
    { name: 'Route', label: 'Route', defaultNext: null,
      outcomes: [
        { name: 'Needs_Work', label: 'Needs work', requirements: [{ left: 'Review.Outputs.done', operator: 'EqualTo', right: { boolean: false } }], logic: 'and', next: 'Work' },
        { name: 'Again', label: 'Again', requirements: [{ left: 'vip', operator: 'EqualTo', right: { ref: 'vip' } }, { left: 'tier', operator: 'IsNull', right: { boolean: true } }], logic: 'or', next: 'Triage' },
      ] },
  ],
  layout: { Triage: { x: 176, y: 134 }, Work: { x: 176, y: 374 }, Recovery: { x: 440, y: 254 }, Route: { x: 176, y: 254 } },
};

/**
 * What Flow metadata carries of a document: everything but the flow catalog, the users, who
 * launches it, record field values and variable labels (docs/xml.md). Written the same way:
 * `$Record` (implicit in the metadata), an absent start condition ("when the stage starts"), an
 * absent condition logic (`and`), a null or absent target (no connector).
 */
function carried(doc: Orchestration): unknown {
  const nullTargetsDropped = (key: string, value: unknown) => (['next', 'faultNext', 'defaultNext'].includes(key) && value === null ? undefined : value);
  return JSON.parse(JSON.stringify(carriedFields(doc), nullTargetsDropped));
}

function withLogic<T extends object>(item: T): T {
  const record = item as Record<string, unknown>;
  return 'requirements' in record && record.logic === undefined ? { ...item, logic: 'and' } : item;
}

function carriedFields(doc: Orchestration): unknown {
  const { flows: _flows, users: _users, ...rest } = doc;
  const trigger = doc.trigger && Object.fromEntries(Object.entries(doc.trigger).filter(([key]) => key !== 'launchedBy' && key !== 'triggeredBy'));
  // a record trigger without `when` is written as Create (docs/projects.md)
  if (trigger?.type === 'recordTriggered' && trigger.when === undefined) trigger.when = 'create';
  return {
    ...rest,
    start: doc.start ?? doc.stages[0]?.name,
    trigger,
    variables: (doc.variables ?? []).filter((v) => v.name !== '$Record').map(({ label: _label, ...v }) => (v.type === 'Record' ? { ...v, value: undefined } : v)),
    stages: doc.stages.map((stage) => ({
      ...stage,
      exit: stage.exit && withLogic(stage.exit),
      steps: stage.steps.map((step) => ({ ...step, start: withLogic(step.start ?? { mode: 'stageStarts' }), complete: step.complete && withLogic(step.complete) })),
    })),
    decisions: (doc.decisions ?? []).map((decision) => ({ ...decision, outcomes: decision.outcomes.map(withLogic) })),
  };
}

function throughXml(doc: Orchestration): { back: Orchestration; warnings: string[] } {
  const exported = exportFlowXml(doc);
  const imported = importFlowXml(exported.xml, { name: doc.name });
  if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
  return { back: imported.doc, warnings: [...exported.warnings, ...imported.warnings].map((w) => w.message) };
}

describe('model → XML → model', () => {
  it.each([
    ['onboarding (spec example)', onboarding],
    ['case desk (every carried field)', caseDesk],
  ] as const)('%s: gives back what the XML can carry', (_name, doc) => {
    // given a document of ours / when it goes through Flow metadata
    const { back } = throughXml(doc);
    // then all the metadata can carry is unchanged
    expect(OrchestrationSchema.safeParse(back).success).toBe(true);
    expect(carried(back)).toEqual(carried(doc));
  });

  it('onboarding: flows come back as placeholders of the type their use implies', () => {
    // given / when
    const { back } = throughXml(onboarding);
    // then
    const byName = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1);
    const expected = (onboarding.flows ?? []).map((flow) => [flow.name, flow.type]).sort(byName);
    expect(back.flows?.map((flow) => [flow.name, flow.type]).sort(byName)).toEqual(expected);
    expect(back.flows?.every((flow) => flow.active === true && flow.elements?.length === 0)).toBe(true);
    expect(back.flows?.find((flow) => flow.name === 'Ship_Laptop')?.outputs).toEqual(['assetTag']);
  });

  it('onboarding: says what it could not write, and adds the run-as user it names', () => {
    // given / when
    const { back, warnings } = throughXml(onboarding);
    // then
    expect(warnings.join('\n')).toMatch(/not written .*flow catalog \(5 flows not read from a project\).*users \(2\).*trigger\.launchedBy.*variables\[0\]\.value/);
    expect(back.users).toEqual([{ username: 'it_ops', active: true }]);
    expect(back.trigger).toEqual({ type: 'autolaunched', runContext: 'user' });
  });

  it('a document without positions gets one column of positions, and keeps them after that', () => {
    // given
    const { layout: _layout, ...withoutLayout } = caseDesk;
    // when
    const once = throughXml(withoutLayout).back;
    const twice = throughXml(once).back;
    // then
    expect(once.layout).toEqual({
      Triage: { x: 176, y: 134 }, Work: { x: 176, y: 254 }, Recovery: { x: 176, y: 374 }, Route: { x: 176, y: 494 },
    });
    expect(twice.layout).toEqual(once.layout);
  });
});
