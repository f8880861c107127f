/**
 * Opening a whole org's project (readLazyFiles, as the app and the command line read a folder): one
 * orchestration and 300 flows of about 12 KB, one of which updates records through a custom child
 * relationship (so every field file is looked at, as in survey 19's 40,403-file retrieve), and 6,000
 * field files of 60 objects, generated in memory; each read resolves on a later turn, as a file
 * system's does. Figures: the whole read, and the longest stretch without a turn for anything else
 * (what a page reading on its main thread would freeze for). No budget: on a shared 2-core machine
 * the figures vary by half from run to run. The counts are printed beside them and checked. And
 * listing a whole org's retrieve (walkFolders.ts: 43,359 entries in 2,459 folders, each folder's
 * listing answered on a later turn), the walk alone.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_PROJECT_LIMITS } from '../src/io/project/limits';
import { newListing } from '../src/io/project/listing';
import { readLazyFiles } from '../src/io/project/readLazyFiles';
import type { LazyProjectFile } from '../src/io/project/types';
import { walkFolders, type WalkEntry } from '../src/io/project/walkFolders';

const FLOWS = 300;
const OBJECTS = 60;
const FIELDS = 100;
const root = 'force-app/main/default';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const flowXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>60.0</apiVersion>\n${body}</Flow>\n`;

/** An autolaunched flow of 40 assignments (about 12 KB, as a real one); the first updates through `Items__r`. */
function flow(i: number): string {
  const assignments = Array.from({ length: 40 }, (_, k) => `    <assignments>\n        <name>Set_${k}</name>\n        <label>Set ${k}</label>\n        <locationX>176</locationX>\n        <locationY>${k * 120}</locationY>\n        <assignmentItems>\n            <assignToReference>total</assignToReference>\n            <operator>Add</operator>\n            <value>\n                <numberValue>${k}.0</numberValue>\n            </value>\n        </assignmentItems>\n        <connector>\n            <targetReference>Set_${k + 1}</targetReference>\n        </connector>\n    </assignments>\n`).join('');
  const update = i === 0 ? '    <recordUpdates>\n        <name>Touch_Items</name>\n        <inputReference>Get_Parent.Items__r</inputReference>\n    </recordUpdates>\n' : '';
  return flowXml(`${assignments}    <label>Flow ${i}</label>\n    <processType>AutoLaunchedFlow</processType>\n${update}    <status>Active</status>\n    <variables>\n        <name>total</name>\n        <dataType>Number</dataType>\n        <isCollection>false</isCollection>\n        <isInput>false</isInput>\n        <isOutput>true</isOutput>\n        <scale>2</scale>\n    </variables>\n`);
}

const orchestration = flowXml('    <label>Case flow</label>\n    <processType>Orchestrator</processType>\n    <start>\n        <object>Case</object>\n        <recordTriggerType>CreateAndUpdate</recordTriggerType>\n        <triggerType>RecordAfterSave</triggerType>\n    </start>\n    <status>Active</status>\n    <orchestratedStages>\n        <name>Work</name>\n        <label>Work</label>\n        <stageSteps>\n            <name>Do_It</name>\n            <actionName>Flow_1</actionName>\n            <actionType>stepBackground</actionType>\n            <label>Do It</label>\n        </stageSteps>\n    </orchestratedStages>\n');

/** A field file; every tenth a lookup to Case, the last object's first one naming the relationship `Items`. */
function field(object: number, k: number): string {
  const lookup = k % 10 === 0 ? `    <referenceTo>Case</referenceTo>\n    <relationshipName>${object === OBJECTS - 1 && k === 0 ? 'Items' : `Rel_${object}_${k}`}</relationshipName>\n    <type>Lookup</type>\n` : '    <type>Text</type>\n    <length>255</length>\n';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>F${k}__c</fullName>\n    <description>Generated field ${k} of object ${object}, long enough to be a real field's description.</description>\n    <externalId>false</externalId>\n    <label>F ${k}</label>\n    <required>false</required>\n${lookup}</CustomField>\n`;
}

function projectFiles(): { files: LazyProjectFile[]; reads: () => number } {
  let reads = 0;
  const lazy = (path: string, text: string): LazyProjectFile => ({ path, size: text.length, read: () => new Promise((resolve) => setImmediate(() => { reads++; resolve(text); })) });
  const files = [lazy(`${root}/flows/Case_Flow.flow-meta.xml`, orchestration)];
  for (let i = 0; i < FLOWS; i++) files.push(lazy(`${root}/flows/Flow_${i}.flow-meta.xml`, flow(i)));
  for (let o = 0; o < OBJECTS; o++) for (let k = 0; k < FIELDS; k++) files.push(lazy(`${root}/objects/Obj_${o}__c/fields/F${k}__c.field-meta.xml`, field(o, k)));
  return { files, reads: () => reads };
}

/** The longest gap between turns of a 1 ms timer while `work` runs: how long it held the thread. */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; elapsed: number; block: number }> {
  let last = performance.now();
  let block = 0;
  const timer = setInterval(() => { const now = performance.now(); block = Math.max(block, now - last); last = now; }, 1);
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  clearInterval(timer);
  block = Math.max(block, performance.now() - last);
  return { result, elapsed, block };
}

/** A retrieve's folders, generated: 600 objects (fields/, listViews/), 500 components, 100 report folders, 50 of static resources, classes and layouts. */
interface Folder { readonly folders: Map<string, Folder>; readonly files: string[] }
function orgTree(): { root: Folder; folders: number; entries: number } {
  const make = (): Folder => ({ folders: new Map(), files: [] });
  const root = make();
  let folders = 0;
  let entries = 0;
  const folder = (parent: Folder, name: string, files: number): Folder => {
    const made = make();
    parent.folders.set(name, made);
    for (let i = 0; i < files; i++) made.files.push(`f${i}.xml`);
    folders++;
    entries += files + 1;
    return made;
  };
  const main = folder(folder(folder(root, 'force-app', 0), 'main', 0), 'default', 0);
  const objects = folder(main, 'objects', 0);
  for (let o = 0; o < 600; o++) { const object = folder(objects, `Obj_${o}__c`, 1); folder(object, 'fields', 40); folder(object, 'listViews', 3); }
  const lwc = folder(main, 'lwc', 0);
  for (let i = 0; i < 500; i++) folder(lwc, `c${i}`, 2);
  const reports = folder(main, 'reports', 0);
  for (let i = 0; i < 100; i++) folder(reports, `folder${i}`, 10);
  const resources = folder(main, 'staticresources', 0);
  for (let i = 0; i < 50; i++) folder(resources, `s${i}`, 50);
  folder(main, 'classes', 6000);
  folder(main, 'layouts', 4000);
  return { root, folders, entries };
}

/** Lists the tree as a file system would, each folder's listing on a later turn (setImmediate); the entries listed. */
async function listTree(root: Folder): Promise<number> {
  const list = (folder: Folder, prefix: string): Promise<WalkEntry<Folder>[]> => new Promise((resolve) => setImmediate(() => resolve([
    ...[...folder.folders].map(([name, sub]) => ({ name, folder: sub })),
    ...folder.files.map((name) => ({ name, file: { path: `${prefix}${name}`, read: async () => '' } })),
  ])));
  const listing = newListing();
  await walkFolders(root, list, listing, DEFAULT_PROJECT_LIMITS);
  return listing.listed;
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string }>> {
  const times: number[] = [];
  const blocks: number[] = [];
  let read = 0;
  for (let i = 0; i < 4; i++) {
    const { files, reads } = projectFiles();
    const { result: project, elapsed, block } = await longestBlock(() => readLazyFiles(files));
    const relationship = project.childRelationships?.get('case.items__r');
    if (project.orchestrations.length !== 1 || project.flows.length !== FLOWS || reads() !== files.length || relationship?.object !== `Obj_${OBJECTS - 1}__c`) {
      throw new Error(`expected 1 orchestration, ${FLOWS} flows, ${files.length} files read and Case.Items__r found, got ${project.orchestrations.length}, ${project.flows.length}, ${reads()}, ${relationship?.object ?? 'none'}`);
    }
    read = reads();
    if (i >= 1) { times.push(elapsed); blocks.push(block); }
  }
  const label = `project reading, ${FLOWS + 1} flows and ${OBJECTS * FIELDS} field files`;
  const tree = orgTree();
  const listings: number[] = [];
  for (let i = 0; i < 4; i++) {
    const started = performance.now();
    const listed = await listTree(tree.root);
    if (listed !== tree.entries) throw new Error(`expected ${tree.entries} entries listed, got ${listed}`);
    if (i >= 1) listings.push(performance.now() - started);
  }
  return [
    { name: `project listing, ${tree.entries} entries in ${tree.folders} folders`, value: Math.round(median(listings)), unit: 'ms' },
    { name: label, value: Math.round(median(times)), unit: 'ms' },
    { name: `${label}: longest stretch without a turn`, value: Math.round(median(blocks)), unit: 'ms' },
    { name: `${label}: files read`, value: read, unit: 'files' },
  ];
}
