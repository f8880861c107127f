import { describe, expect, it } from 'vitest';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { autolaunchedXml, flowFile, FLOWS, orchestrationXml } from './testing/projectFiles';

describe('a project from files', () => {
  it('lists the orchestrations (label, API name, version, status, trigger) and the other flows', () => {
    // given an orchestration, the flow it calls, and a file of another kind
    const project = projectFromFiles([
      flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')),
      flowFile('Reserve', autolaunchedXml('Reserve')),
      { path: 'force-app/main/default/classes/Foo.cls', text: 'public class Foo {}' },
    ]);
    // when / then
    expect(project.orchestrations).toEqual([{
      apiName: 'Order_Flow', path: `${FLOWS}/Order_Flow.flow-meta.xml`, label: 'Order flow', apiVersion: 58, status: 'Active',
      trigger: { type: 'autolaunched' }, stageCount: 1,
    }]);
    expect(project.flows).toEqual([{ apiName: 'Reserve', path: `${FLOWS}/Reserve.flow-meta.xml`, processType: 'AutoLaunchedFlow', label: 'Reserve', status: 'Active', type: 'autolaunched' }]);
    expect(project.problems).toEqual([{ file: `${FLOWS}/Reserve.flow-meta.xml`, severity: 'info', message: 'a flow (processType AutoLaunchedFlow, Active), not an orchestration: available to the orchestrations\' steps and conditions' }]);
  });

  it('reports a malformed file (line:col), a file that is not a Flow, a duplicate API name and a path outside the project; nothing else is lost', () => {
    // given one good orchestration with its flow among broken files
    const project = projectFromFiles([
      flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve')),
      flowFile('Reserve', autolaunchedXml('Reserve')),
      flowFile('Reserve', autolaunchedXml('Reserve copy'), 'other-package/flows'),
      flowFile('Broken', '<Flow>\n  <label>x</label>\n  <processType>Orchestrator</processTyp>\n</Flow>'),
      flowFile('Package', '<Package><types/></Package>'),
      { path: '../outside.flow-meta.xml', text: orchestrationXml('Evil', 'Reserve') },
    ]);
    // when
    const errors = project.problems.filter((p) => p.severity !== 'info');
    // then
    expect(errors).toEqual([
      { file: '../outside.flow-meta.xml', severity: 'error', message: 'the path climbs out of the project (".."): refused' },
      { file: `${FLOWS}/Broken.flow-meta.xml`, severity: 'error', message: expect.stringMatching(/^not read: /), line: 3, column: expect.any(Number) },
      { file: `${FLOWS}/Package.flow-meta.xml`, severity: 'error', message: 'not read: this is not a Flow file (its root element is <Package>, not <Flow>)' },
      { file: 'other-package/flows/Reserve.flow-meta.xml', severity: 'warning', message: `another file already defines the flow "Reserve" (${FLOWS}/Reserve.flow-meta.xml); API names are unique in an org, so this file is ignored` },
    ]);
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Order_Flow']);
    const opened = openOrchestration(project, 'Order_Flow');
    expect(opened.ok && opened.doc.flows?.map((f) => [f.name, f.label, f.source?.path])).toEqual([['Reserve', 'Reserve', `${FLOWS}/Reserve.flow-meta.xml`]]);
  });

  it('treats API names case-insensitively, as Salesforce does', () => {
    const project = projectFromFiles([flowFile('Order_Flow', orchestrationXml('Order flow', 'reserve')), flowFile('Reserve', autolaunchedXml('Reserve'))]);
    const opened = openOrchestration(project, 'order_flow');
    expect(opened.ok && opened.doc.flows?.map((f) => f.source?.path)).toEqual([`${FLOWS}/Reserve.flow-meta.xml`]);
  });

  it('gives the same project whatever order the files come in', () => {
    const files = [flowFile('B_Flow', autolaunchedXml('B')), flowFile('A_Orch', orchestrationXml('A', 'B_Flow')), flowFile('C_Flow', autolaunchedXml('C'))];
    expect(projectFromFiles([...files].reverse())).toEqual(projectFromFiles(files));
  });
});
