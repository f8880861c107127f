import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import { validateOrchestration } from '../../model/validate';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { autolaunchedXml, flowFile, FLOWS, orchestrationXml } from './testing/projectFiles';

function opened(...files: Parameters<typeof projectFromFiles>[0]) {
  const result = openOrchestration(projectFromFiles(files), 'Order_Flow');
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return result;
}

describe('opening an orchestration of a project', () => {
  it('resolves the flow a step calls by API name from the project: type, inputs, outputs, elements, source', () => {
    // given
    const { doc, report } = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')), flowFile('Reserve', autolaunchedXml('Reserve', { action: true })));
    // when
    const reserve = doc.flows?.find((f) => f.name === 'Reserve');
    // then
    expect(reserve).toMatchObject({
      name: 'Reserve', type: 'autolaunched', active: true, elements: ['Action'], inputs: ['recordId'], outputs: ['result'],
      source: { path: `${FLOWS}/Reserve.flow-meta.xml`, status: 'Active' }, apiVersion: 58,
    });
    expect(report.filter((p) => /placeholder/.test(p.message))).toEqual([]);
    // API 58 ≤ 62: sync/async is the step's own box; with the project flow at API 63+, R20 derives it from the Action
    expect(simulate({ ...doc, apiVersion: 63 }).steps.Do_It?.mode).toBe('async');
  });

  it('makes a placeholder only for a flow not in the project, and says which file it looked for', () => {
    const { doc, report } = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Missing_Flow')));
    expect(doc.flows).toEqual([{ name: 'Missing_Flow', type: 'autolaunched', active: true, elements: [], inputs: [], outputs: [] }]);
    expect(report).toContainEqual({
      file: `${FLOWS}/Order_Flow.flow-meta.xml`, severity: 'warning', path: 'flows[0]',
      message: `flow Missing_Flow is referenced but not in the project (looked for ${FLOWS}/Missing_Flow.flow-meta.xml); added as a placeholder (autolaunched, active, no elements); called by step Do_It`,
    });
  });

  it('says a flow named after a managed package (ns__Flow) is installed with its package, not a file of the project', () => {
    // given a step calling a packaged flow, as survey 6's Orchestration_flow_1 does
    const { report } = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'setup_service_experience__Create_Case')));
    // then the placeholder's warning names the package
    expect(report.map((p) => p.message)).toContainEqual(
      `flow setup_service_experience__Create_Case is referenced but not in the project: it is a flow of the managed package "setup_service_experience", installed with the package and never in a project's files (looked for ${FLOWS}/setup_service_experience__Create_Case.flow-meta.xml); added as a placeholder (autolaunched, active, no elements); called by step Do_It`,
    );
  });

  it('says a called flow whose file is in the project but could not be read is not read, not absent: its file is named', () => {
    // given the flow's file, not well-formed XML
    const { report } = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')), flowFile('Reserve', '<?xml version="1.0"?>\n<Flow>\n<label>Reserve</labl>\n</Flow>\n'));
    // then the placeholder's warning points at that file, where it said the flow was not in the project
    const placeholder = report.find((p) => /placeholder/.test(p.message));
    expect(placeholder?.message).toBe(`flow Reserve is referenced but its file ${FLOWS}/Reserve.flow-meta.xml could not be read (its problem is reported at that file); added as a placeholder (autolaunched, active, no elements); called by step Do_It`);
    // and a subflow's the same
    const sub = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')), flowFile('Reserve', autolaunchedXml('Reserve', { subflow: 'Check_Stock' })), flowFile('Check_Stock', '<Flow><label>x</labl></Flow>'));
    expect(sub.report.map((p) => p.message)).toContain(`flow Reserve calls the subflow Check_Stock, but its file ${FLOWS}/Check_Stock.flow-meta.xml could not be read (its problem is reported at that file)`);
  });

  it('reports a flow file it cannot use, at its line, and keeps a placeholder in its place', () => {
    const { doc, report } = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')), flowFile('Reserve', orchestrationXml('Not a flow', 'X')));
    expect(doc.flows?.[0]?.elements).toEqual([]);
    expect(report[0]).toEqual({ file: `${FLOWS}/Reserve.flow-meta.xml`, severity: 'error', message: `${FLOWS}/Reserve.flow-meta.xml is an orchestration, not an autolaunched, screen or evaluation flow that an orchestration can call` });
  });

  it('adds the subflows the called flows use, transitively, and reports a subflow that is missing', () => {
    const { doc, report } = opened(
      flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')),
      flowFile('Reserve', autolaunchedXml('Reserve', { subflow: 'Check_Stock' })),
      flowFile('Check_Stock', autolaunchedXml('Check stock', { subflow: 'Gone' })),
    );
    expect(doc.flows?.map((f) => f.name)).toEqual(['Reserve', 'Check_Stock']);
    expect(report).toContainEqual({ file: `${FLOWS}/Check_Stock.flow-meta.xml`, severity: 'warning', message: `flow Check_Stock calls the subflow Gone, which is not in the project (looked for ${FLOWS}/Gone.flow-meta.xml)` });
  });

  it('adds the flows a called flow launches with an action of type flow (Process Builder\'s "Flows" action), so the run finds them', () => {
    // given: Reserve launches Check_Stock through an action, as a Process Builder process does
    const launching = autolaunchedXml('Reserve', { action: true }).replace(/<actionName>[^<]*<\/actionName>/, '<actionName>Check_Stock</actionName>').replace(/<actionType>[^<]*<\/actionType>/, '<actionType>flow</actionType>');
    // when
    const { doc } = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')), flowFile('Reserve', launching), flowFile('Check_Stock', autolaunchedXml('Check stock')));
    // then
    expect(launching).toContain('<actionType>flow</actionType>');
    expect(doc.flows?.map((f) => f.name)).toEqual(['Reserve', 'Check_Stock']);
  });

  it('takes a Draft step flow of an activated orchestration as active (with a warning); in a draft orchestration it is inactive', () => {
    const draftFlow = flowFile('Reserve', autolaunchedXml('Reserve', { status: 'Draft' }));
    const { doc } = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')), draftFlow);
    expect(doc.flows?.[0]).toMatchObject({ active: true, source: { status: 'Draft' } });
    expect(validateOrchestration(doc).map((p) => p.severity)).toEqual(['warning']);
    const draftOrchestration = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve').replace('<status>Active</status>', '<status>Draft</status>')), draftFlow);
    expect(draftOrchestration.doc.flows?.[0]?.active).toBe(false);
    expect(validateOrchestration(draftOrchestration.doc).filter((p) => p.severity === 'error').map((p) => p.message)).toContain('flow "Reserve" is not active (its file force-app/main/default/flows/Reserve.flow-meta.xml is a Draft version): activate it or choose another flow');
  });

  it('an inactive step flow\'s error names its file and, in an admin\'s words, its status (an Invalid draft)', () => {
    const invalid = flowFile('Reserve', autolaunchedXml('Reserve', { status: 'InvalidDraft' }));
    const draftOrchestration = opened(flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve').replace('<status>Active</status>', '<status>Draft</status>')), invalid);
    expect(validateOrchestration(draftOrchestration.doc).filter((p) => p.severity === 'error').map((p) => p.message)).toContain('flow "Reserve" is not active (its file force-app/main/default/flows/Reserve.flow-meta.xml is an Invalid draft version): activate it or choose another flow');
  });

  it('refuses an orchestration with no stages and a name that is not an orchestration, with a clear message', () => {
    const empty = orchestrationXml('Empty', 'X').replace(/<orchestratedStages>[\s\S]*<\/orchestratedStages>\n/, '').replace('<status>Active</status>', '<status>InvalidDraft</status>');
    const project = projectFromFiles([flowFile('Empty', empty), flowFile('Reserve', autolaunchedXml('Reserve'))]);
    expect(openOrchestration(project, 'Empty')).toEqual({ ok: false, report: [{ file: `${FLOWS}/Empty.flow-meta.xml`, severity: 'error', message: 'Empty is an orchestration with no stages (Invalid draft in Salesforce): there is nothing to open or simulate' }] });
    expect(openOrchestration(project, 'Reserve')).toEqual({ ok: false, report: [{ file: `${FLOWS}/Reserve.flow-meta.xml`, severity: 'error', message: 'Reserve is a flow (AutoLaunchedFlow), not an orchestration; orchestrations: Empty' }] });
    expect(openOrchestration(project, 'Nope')).toEqual({ ok: false, report: [{ file: '', severity: 'error', message: 'the project has no orchestration "Nope" (orchestrations: Empty)' }] });
  });

  it('an Active orchestration with no stages is not called a draft (RecruiterPortalProject\'s Termination_Workflow: a decision, no stage)', () => {
    // given an Active orchestration whose only element is a decision
    const decision = '    <decisions>\n        <name>Check</name>\n        <label>Check</label>\n        <locationX>176</locationX>\n        <locationY>287</locationY>\n        <defaultConnectorLabel>Default Outcome</defaultConnectorLabel>\n    </decisions>\n';
    const active = orchestrationXml('Offboarding', 'X').replace(/<orchestratedStages>[\s\S]*<\/orchestratedStages>\n/, decision);
    const project = projectFromFiles([flowFile('Offboarding', active)]);
    // when it is opened, then it is refused, said for what it is
    expect(openOrchestration(project, 'Offboarding')).toEqual({ ok: false, report: [{ file: `${FLOWS}/Offboarding.flow-meta.xml`, severity: 'error', message: 'Offboarding is an orchestration with no stages (Active in Salesforce): there is nothing to open or simulate' }] });
  });
});
