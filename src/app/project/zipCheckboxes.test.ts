// @vitest-environment node
/**
 * A `.zip` project read off the main thread: a record of an object no pass of the reading read
 * (CrateIntake reads no Lid__c) gets its stored Checkbox from the archive, as a folder's does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, expect, it, vi } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from '../../io/project/limits';
import { customFieldXml } from '../../io/project/testing/projectFiles';
import { readListed, type ReadProjectRequest } from './readProjectMessages';

const ROOT = join(__dirname, '../../io/project/__fixtures__/CrateIntake');

/** CrateIntake with a Lid__c object of a Checkbox and a Text field, zipped under `CrateIntake/`. */
function crateIntakeZip(): File {
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries[`CrateIntake/${relative(ROOT, path).split('\\').join('/')}`] = new Uint8Array(readFileSync(path));
    }
  };
  walk(ROOT);
  const fields = 'CrateIntake/force-app/main/default/objects/Lid__c/fields';
  entries[`${fields}/Tight__c.field-meta.xml`] = strToU8(customFieldXml('Tight__c', 'Checkbox'));
  entries[`${fields}/Colour__c.field-meta.xml`] = strToU8(customFieldXml('Colour__c', 'Text'));
  return new File([zipSync(entries)], 'CrateIntake.zip');
}

/** A Worker stand-in that reads as the real one does and sends back a structured clone. */
class CloningWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage({ id, ...request }: ReadProjectRequest) {
    void readListed(request).then((project) => this.onmessage?.({ data: { id, project: structuredClone(project) } }));
  }
}

afterEach(() => vi.unstubAllGlobals());

it('a record of an object no pass read gets its stored Checkboxes from the archive, once, whoever read the project', async () => {
  // given the project read by the (stand-in) worker, whose copy keeps nothing of the archive
  vi.resetModules();
  vi.stubGlobal('Worker', CloningWorker);
  const { readZipOffThread } = await import('./readProjectOffThread');
  const { checkboxesOfProject } = await import('./zipCheckboxes');
  const zip = crateIntakeZip();
  const project = await readZipOffThread(zip, DEFAULT_PROJECT_LIMITS);
  expect(project.orchestrations.length).toBeGreaterThan(0);
  const read = vi.spyOn(zip, 'arrayBuffer');
  // when
  const lid = await checkboxesOfProject(project, 'Lid__c');
  const again = await checkboxesOfProject(project, 'lid__c');
  // then the Checkbox, not the Text field; the archive read once for the object
  expect(lid).toEqual(['Tight__c']);
  expect(again).toEqual(['Tight__c']);
  expect(read).toHaveBeenCalledTimes(1);
  // and an object the archive declares nothing of gets nothing
  expect(await checkboxesOfProject(project, 'Box__c')).toEqual([]);
});
