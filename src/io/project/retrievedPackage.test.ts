/**
 * A package retrieved in the Metadata API format (`unpackaged/flows/Name.flow`, what Workbench or
 * `sf project retrieve start --target-metadata-dir` give) opens as an SFDX project does: the same
 * XML under another file suffix (docs/projects.md).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFlowXml } from '../xml/exportFlowXml';
import { openOrchestration } from './openOrchestration';
import { apiNameOf, flowFileSuffix, isFlowFile } from './paths';
import { projectFromFiles } from './projectFromFiles';
import { readZip } from './readZip';
import { saveOrchestrationToProject } from './saveOrchestration';
import { REAL_PROJECTS, asRetrievedPackage, autolaunchedXml, orchestrationXml, realProjectFiles } from './testing/projectFiles';
import type { Project } from './types';

/** Where a file of the SFDX project is in the retrieved package. */
const inPackage = (path: string) => path.replace(/^force-app\/main\/default\/flows\/(\w+)\.flow-meta\.xml$/, 'unpackaged/flows/$1.flow');

/** Every orchestration with stages, opened: API name → its flows' names and file paths. */
function opened(project: Project) {
  return project.orchestrations.filter((o) => o.stageCount > 0).map((o) => {
    const result = openOrchestration(project, o.apiName);
    if (!result.ok) throw new Error(`${o.apiName}: ${JSON.stringify(result.report)}`);
    return { apiName: o.apiName, path: o.path, doc: result.doc };
  });
}

describe('flow files of either format', () => {
  it('knows a .flow-meta.xml (source format) and a .flow (Metadata API format) by name, in any case', () => {
    expect(flowFileSuffix('force-app/main/default/flows/Order.flow-meta.xml')).toBe('.flow-meta.xml');
    expect(flowFileSuffix('unpackaged/flows/Order.flow')).toBe('.flow');
    expect(flowFileSuffix('unpackaged/flows/Order.FLOW')).toBe('.FLOW');
    expect(apiNameOf('unpackaged/flows/Order_Approval.flow')).toBe('Order_Approval');
    expect(apiNameOf('force-app/main/default/flows/Order_Approval.flow-meta.xml')).toBe('Order_Approval');
  });

  it('is not fooled by names that only end like one', () => {
    for (const path of ['unpackaged/workflows/Case.workflow', 'force-app/main/default/workflows/Case.workflow-meta.xml', 'unpackaged/flowDefinitions/Order.flowDefinition', 'unpackaged/flows/.flow', '.flow', 'Order.flow.bak', 'flows/Order.xml']) {
      expect(isFlowFile(path), path).toBe(false);
    }
  });
});

describe('a retrieved package (Metadata API format)', () => {
  it.each(REAL_PROJECTS.map((name) => [name]))('%s: lists the same orchestrations and flows as its SFDX project', (name) => {
    // given the same flows in both formats
    const source = projectFromFiles(realProjectFiles(name));
    // when
    const retrieved = projectFromFiles(asRetrievedPackage(realProjectFiles(name)));
    // then: the same notes on the same files (flows listed as "not an orchestration", nothing refused)
    expect(retrieved.problems).toEqual(source.problems.map((p) => ({ ...p, file: inPackage(p.file) })));
    expect(retrieved.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(retrieved.orchestrations.map((o) => [o.apiName, o.status, o.stageCount, o.path])).toEqual(
      source.orchestrations.map((o) => [o.apiName, o.status, o.stageCount, inPackage(o.path)]),
    );
    expect(retrieved.flows.map((f) => [f.apiName, f.type])).toEqual(source.flows.map((f) => [f.apiName, f.type]));
  });

  it.each(REAL_PROJECTS.map((name) => [name]))('%s: each orchestration opens with its real flows, the same design as from the SFDX project', (name) => {
    const source = opened(projectFromFiles(realProjectFiles(name)));
    const retrieved = opened(projectFromFiles(asRetrievedPackage(realProjectFiles(name))));
    expect(retrieved.length).toBeGreaterThan(0);
    for (const [i, o] of retrieved.entries()) {
      for (const flow of o.doc.flows ?? []) expect(flow.source?.path, `${o.apiName}: ${flow.name}`).toBe(`unpackaged/flows/${flow.name}.flow`);
      // the documents differ only in where the files are
      const paths = (text: string) => text.replace(/force-app\/main\/default\/flows\/(\w+)\.flow-meta\.xml/g, 'unpackaged/flows/$1.flow');
      expect(JSON.stringify(o.doc), o.apiName).toBe(paths(JSON.stringify(source[i]!.doc)));
    }
  });

  it('reads the package from its .zip, and writes an orchestration back byte for byte', () => {
    // given the DeactivateUser package as a .zip
    const files = asRetrievedPackage(realProjectFiles('DeactivateUser'));
    const archive = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])));
    // when
    const project = readZip(archive);
    const [first] = opened(project);
    // then
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(project.orchestrations.map((o) => o.apiName)).toContain('User_deactivation_orchestration');
    const text = files.find((f) => f.path === first!.path)!.text;
    expect(exportFlowXml(first!.doc).xml).toBe(text);
    const saved = saveOrchestrationToProject(text, first!.doc);
    expect(saved.ok && saved.xml).toBe(text);
  });

  it('names the .flow file it looked for when a flow is missing', () => {
    // given an orchestration whose step calls a flow the package does not hold
    const project = projectFromFiles([{ path: 'unpackaged/flows/Order.flow', text: orchestrationXml('Order', 'Ship_Order') }, { path: 'unpackaged/flows/Other.flow', text: autolaunchedXml('Other') }]);
    // when
    const result = openOrchestration(project, 'Order');
    // then
    expect(result.ok).toBe(true);
    expect(result.report.map((p) => p.message).join('\n')).toMatch(/Ship_Order.*looked for unpackaged\/flows\/Ship_Order\.flow\)/);
  });
});
