/** Test helpers: the flow files under `__fixtures__/<project>/` (real public SFDX project flows). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOW_FIXTURES_ROOT = join(import.meta.dirname, '__fixtures__');

export interface FlowFixture {
  /** API name (the file name without `.flow-meta.xml`). */
  name: string;
  /** `DeactivateUser/Load_User.flow-meta.xml` */
  path: string;
  text: string;
}

/** Every `*.flow-meta.xml` of one fixture project folder, sorted by file name. */
export function flowFixtures(project: 'DeactivateUser' | 'OrchestratorResources'): FlowFixture[] {
  return readdirSync(join(FLOW_FIXTURES_ROOT, project))
    .filter((file) => file.endsWith('.flow-meta.xml'))
    .sort()
    .map((file) => ({ name: file.replace(/\.flow-meta\.xml$/, ''), path: `${project}/${file}`, text: readFileSync(join(FLOW_FIXTURES_ROOT, project, file), 'utf8') }));
}

/** One fixture by project and API name. */
export function flowFixture(project: 'DeactivateUser' | 'OrchestratorResources', name: string): FlowFixture {
  const found = flowFixtures(project).find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${project}/${name}`);
  return found;
}
