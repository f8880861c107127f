import { describe, expect, it } from 'vitest';
import type { Orchestration, Scenario } from '../../model/types';
import { keepFieldFiles, shareFieldFiles, unreadCheckboxesOf, withScenarioCheckboxes } from './scenarioCheckboxes';
import type { LazyProjectFile } from './types';

const field = (object: string, name: string, type: string) => `force-app/main/default/objects/${object}/fields/${name}.field-meta.xml|<CustomField><fullName>${name}</fullName><type>${type}</type></CustomField>`;

/** Lazy files of `specs` (`path|text`), counting the reads of each path. */
function lazyFiles(specs: string[]): { files: LazyProjectFile[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const files = specs.map((spec) => {
    const [path, text] = spec.split('|') as [string, string];
    return { path, read: async () => { reads.set(path, (reads.get(path) ?? 0) + 1); return text; } };
  });
  return { files, reads };
}

const design = (checkboxes?: Record<string, string[]>): Orchestration => ({ flows: [{ name: 'Calc', type: 'autolaunched' }, { name: 'Pack', type: 'autolaunched', definition: { checkboxes } }] }) as unknown as Orchestration;
const scenario = (records: Record<string, unknown[]>): Scenario => ({ records }) as unknown as Scenario;
const carriedBy = (doc: Orchestration) => (doc.flows![1]!.definition as { checkboxes?: unknown }).checkboxes;

describe('the Checkboxes of a scenario record\'s object, read when the run needs them', () => {
  it('reads the field files of the objects the design carries none of, once, and adds their stored Checkboxes to its flows', async () => {
    // given a project listing Lid__c's and Crate__c's field files, and a design carrying Crate__c's
    const { files, reads } = lazyFiles([field('Lid__c', 'Tight__c', 'Checkbox'), field('Lid__c', 'Colour__c', 'Text'), field('Crate__c', 'Fragile__c', 'Checkbox'), field('Bin__c', 'Full__c', 'Checkbox')]);
    const project = {};
    keepFieldFiles(project, files);
    const doc = design({ Crate__c: ['Fragile__c'] });
    shareFieldFiles(project, doc);
    // when a scenario gives Lid__c and Crate__c records (lid__c as the admin typed it), twice
    const first = await withScenarioCheckboxes(doc, scenario({ lid__c: [{}], Crate__c: [{}] }));
    const again = await withScenarioCheckboxes(doc, scenario({ Lid__c: [{}] }));
    // then
    expect(carriedBy(first)).toEqual({ Crate__c: ['Fragile__c'], Lid__c: ['Tight__c'] });
    expect(carriedBy(again)).toEqual({ Crate__c: ['Fragile__c'], Lid__c: ['Tight__c'] });
    // Tight__c's file once (the Text field's text names no Checkbox, so it is read and not parsed); Crate__c's and Bin__c's never
    expect(Object.fromEntries(reads)).toEqual({ [files[0]!.path]: 1, [files[1]!.path]: 1 });
    expect(carriedBy(doc)).toEqual({ Crate__c: ['Fragile__c'] });
  });

  it('leaves a design alone that no listed project opened, or whose scenario gives no records of an object with Checkboxes', async () => {
    const doc = design();
    expect(await withScenarioCheckboxes(doc, scenario({ Lid__c: [{}] }))).toBe(doc);
    const { files } = lazyFiles([field('Lid__c', 'Colour__c', 'Text')]);
    keepFieldFiles(doc, files);
    expect(await withScenarioCheckboxes(doc, scenario(JSON.parse('{"Lid__c":[{}],"__proto__":[{}]}') as Record<string, unknown[]>))).toBe(doc);
    expect(await withScenarioCheckboxes(doc, undefined)).toBe(doc);
  });
});

describe('objects the reading read already', () => {
  it('are never read again for a run (the trigger object, with hundreds of fields and no Checkbox)', async () => {
    const { files, reads } = lazyFiles([field('Case', 'Tier__c', 'Checkbox'), field('Lid__c', 'Tight__c', 'Checkbox')]);
    const doc = design();
    keepFieldFiles(doc, files, ['case']);
    const run = await withScenarioCheckboxes(doc, scenario({ Case: [{}], Lid__c: [{}] }));
    expect(carriedBy(run)).toEqual({ Lid__c: ['Tight__c'] });
    expect([...reads.keys()]).toEqual([files[1]!.path]);
  });

  it('gives the app\'s Scenarios the Checkboxes of one object no pass read, read once; none of an object the reading read', async () => {
    // given a project listing Lid__c's and Crate__c's field files, Crate__c read by its reading
    const { files, reads } = lazyFiles([field('Lid__c', 'Tight__c', 'Checkbox'), field('Lid__c', 'Colour__c', 'Text'), field('Crate__c', 'Fragile__c', 'Checkbox')]);
    const project = {};
    keepFieldFiles(project, files, ['Crate__c']);
    // when / then
    expect(await unreadCheckboxesOf(project, 'Lid__c')).toEqual(['Tight__c']);
    expect(await unreadCheckboxesOf(project, 'lid__c')).toEqual(['Tight__c']);
    expect(await unreadCheckboxesOf(project, 'Crate__c')).toEqual([]);
    expect(await unreadCheckboxesOf(project, '__proto__')).toEqual([]);
    expect(await unreadCheckboxesOf({}, 'Lid__c')).toEqual([]);
    expect(Object.fromEntries(reads)).toEqual({ [files[0]!.path]: 1, [files[1]!.path]: 1 });
  });
});
