/** Test helpers: the XML fixtures on disk (real files from public repositories and our own). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '__fixtures__');

export interface XmlFixture {
  /** `real/Orchestration_Case` */
  id: string;
  /** API name from the file name */
  name: string;
  text: string;
}

/** Every `*.flow-meta.xml` under `__fixtures__/<folder>`. */
export function xmlFixtures(folder: 'real' | 'own'): XmlFixture[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.flow-meta.xml'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.flow-meta\.xml$/, '');
      return { id: `${folder}/${name}`, name, text: readFileSync(join(dir, file), 'utf8') };
    });
}
