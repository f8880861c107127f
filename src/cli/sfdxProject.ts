/**
 * The SFDX project an orchestration file belongs to: the nearest folder above it holding
 * `sfdx-project.json`, read as the app reads a project folder opened with Open folder — every flow
 * of every package directory, with its labels, custom settings and object metadata — once per
 * command. A `.flow-meta.xml` given alone (or found by `test`'s walk) is opened from it, so its
 * steps call the same flows as in the app: a project that keeps its orchestration in one package
 * directory (`orchestrator/`) and its flows in another (`force-app/`) ran every step as a
 * placeholder under `stageflow test` and the real flows in the app (RecruitingOrchestrator).
 */
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { namespaceOfSfdxProject } from '../io/project/ownNamespace';
import { SFDX_PROJECT_FILE, type Project } from '../io/project/types';
import type { CliIo } from './cliIo';
import { readProjectInput } from './projectInput';
import { readOnce } from './readOnce';

/**
 * How many folders above the one the command was given are looked at when the path is relative
 * and ends at the current folder (`stageflow simulate Case.flow-meta.xml` inside `flows/`): an SFDX
 * project keeps its flows four folders down (`force-app/main/default/flows`), a few more in a
 * monorepo's package.
 */
const MAX_PARENTS = 8;

/** The folder of the SFDX project `file` belongs to, or null when no folder above it holds `sfdx-project.json`. */
export async function sfdxProjectRootOf(io: CliIo, file: string): Promise<string | null> {
  if (!io.pathKind) return null;
  let folder = dirname(normalize(file));
  const relative = !isAbsolute(folder);
  for (let parents = 0; ; ) {
    if ((await io.pathKind(join(folder, SFDX_PROJECT_FILE))) === 'file') return folder;
    if (relative && /^\.\.?([\\/]\.\.)*$/.test(folder)) {
      // a relative path that reached the current folder (or above): its parents, a few
      if (++parents > MAX_PARENTS) return null;
      folder = join(folder, '..');
    } else {
      const up = dirname(folder);
      if (up === folder) return null; // the root of the file system
      folder = up;
    }
  }
}

const projectReads = readOnce<Project | null>();

/** The project in `root`, read once per command (a walk finding 11 orchestrations in it reads it once); null when it cannot be read. */
export function sfdxProject(io: CliIo, root: string): Promise<Project | null> {
  return projectReads(io, root, () => readProjectInput(io, root).then((read) => (read.ok ? read.project : null), () => null));
}

/**
 * The namespace of the SFDX project `file` belongs to (`"namespace"` of its `sfdx-project.json`),
 * whose prefix its flows may write on its own names (io/project/ownNamespace.ts); undefined when
 * there is no project, no namespace, or the file cannot be read.
 */
export async function sfdxNamespaceOf(io: CliIo, file: string): Promise<string | undefined> {
  const root = await sfdxProjectRootOf(io, file);
  if (root === null) return undefined;
  try { return namespaceOfSfdxProject(await io.readFile(join(root, SFDX_PROJECT_FILE))); } catch { return undefined; }
}
