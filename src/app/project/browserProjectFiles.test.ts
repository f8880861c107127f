// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { autolaunchedXml, caseLifecycleFiles, FLOWS, orchestrationXml } from '../../io/project/testing/projectFiles';
import { projectFromDrop, projectFromFileList } from './browserProjectFiles';
import { isProjectDrop } from './droppedItems';
import { chosenFile as chosen } from './testing/chosenProject';

describe('projects from what the browser hands over', () => {
  it('a chosen folder: paths are inside the project (without the folder\'s own name); hidden folders and node_modules are skipped', async () => {
    // given
    const files = [
      chosen(`my-project/${FLOWS}/Order.flow-meta.xml`, orchestrationXml('Order', 'Reserve')),
      chosen(`my-project/${FLOWS}/Reserve.flow-meta.xml`, autolaunchedXml('Reserve')),
      chosen(`my-project/.sfdx/${FLOWS}/Stale.flow-meta.xml`, orchestrationXml('Stale', 'Reserve')),
      chosen(`my-project/node_modules/x/${FLOWS}/Dep.flow-meta.xml`, orchestrationXml('Dep', 'Reserve')),
    ];
    // when
    const project = await projectFromFileList(files);
    // then
    expect(project.orchestrations.map((o) => o.path)).toEqual([`${FLOWS}/Order.flow-meta.xml`]);
    expect(project.flows.map((f) => f.apiName)).toEqual(['Reserve']);
  });

  it('a file read after the flows that cannot be read (a Case field file, the labels file: not UTF-8) is a warning naming it, as docs/projects.md says; a flow file that cannot be read stays an error', async () => {
    // given CaseLifecycle (a Case record-triggered orchestration, so Case's field files are read after its flows)
    const latin1 = (text: string) => new Uint8Array([...new TextEncoder().encode(text), 0xe9, 0x0a]);
    const files = [
      ...caseLifecycleFiles().map((f) => chosen(`CaseLifecycle/${f.path}`, f.text)),
      chosen('CaseLifecycle/force-app/main/default/objects/Case/fields/Tier__c.field-meta.xml', latin1('<CustomField><fullName>Tier__c</fullName><label>Ni')),
      chosen('CaseLifecycle/force-app/main/default/labels/CustomLabels.labels-meta.xml', latin1('<CustomLabels><labels><value>Caf')),
      chosen(`CaseLifecycle/${FLOWS}/Broken.flow-meta.xml`, latin1('<Flow><label>Caf')),
    ];
    // when
    const project = await projectFromFileList(files);
    // then the orchestration is listed, and only the flow file counts among the errors ("could not be read")
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Case_Lifecycle']);
    const notRead = project.problems.filter((p) => p.severity !== 'info').map((p) => [p.file, p.severity, p.message.replace(/:.*/, '')]);
    expect(notRead).toEqual(expect.arrayContaining([
      ['force-app/main/default/objects/Case/fields/Tier__c.field-meta.xml', 'warning', 'not read'],
      ['force-app/main/default/labels/CustomLabels.labels-meta.xml', 'warning', 'not read'],
      [`${FLOWS}/Broken.flow-meta.xml`, 'error', 'not read'],
    ]));
    expect(notRead).toHaveLength(3);
  });

  it('dropped files without folders are read by their names', async () => {
    const files = [new File([orchestrationXml('Order', 'Reserve')], 'Order.flow-meta.xml'), new File([autolaunchedXml('Reserve')], 'Reserve.flow-meta.xml')];
    const project = await projectFromDrop({ files, entries: [] });
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Order']);
    expect(project.flows.map((f) => f.apiName)).toEqual(['Reserve']);
  });

  it('a drop is a project when it is a folder, several files or a .zip; one design file is imported as before', () => {
    const file = (name: string) => new File([''], name);
    const folder = { isDirectory: true, isFile: false, name: 'force-app' } as FileSystemEntry;
    expect(isProjectDrop({ files: [file('Order.flow-meta.xml')], entries: [] })).toBe(false);
    expect(isProjectDrop({ files: [file('order.json')], entries: [] })).toBe(false);
    expect(isProjectDrop({ files: [file('project.zip')], entries: [] })).toBe(true);
    expect(isProjectDrop({ files: [file('a.flow-meta.xml'), file('b.flow-meta.xml')], entries: [] })).toBe(true);
    expect(isProjectDrop({ files: [file('force-app')], entries: [folder] })).toBe(true);
  });
});
