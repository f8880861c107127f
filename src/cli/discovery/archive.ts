/**
 * A project `.zip` given to `stageflow test` or `coverage`: every orchestration in it that has
 * stages is a suite, with the scenario files the archive holds beside it (the naming of
 * naming.ts, read by the project reader: io/project/scenarioFiles.ts). The scenarios are not on
 * disk, so each is named `<archive>.zip:<path in the archive>` — how problems name a file of an
 * archive (projectInput.ts) — and served from the archive's text (`servingArchived`).
 */
import type { CliIo } from '../cliIo';
import { sharingArchiveReads } from '../archiveReads';
import { readProjectInput } from '../projectInput';
import type { DiscoveryProblem, Suite } from './suite';

/** The suites of the archive `file`, the texts of its scenario files by the name given them, and what stopped it. */
export async function archiveSuites(io: CliIo, file: string): Promise<{ suites: Suite[]; files: Map<string, string>; problems: DiscoveryProblem[] }> {
  const files = new Map<string, string>();
  const read = await readProjectInput(io, file);
  if (!read.ok) return { suites: [], files, problems: [{ file, line: `${file}: ${read.message}` }] };
  const { project } = read;
  const withStages = project.orchestrations.filter((o) => o.stageCount > 0);
  if (withStages.length === 0) {
    // the archive's own reading problems say why (not a .zip, over a cap); else it has no orchestration to test
    const why = project.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    return { suites: [], files, problems: [{ file, line: `${file}: ${why.length ? why.join('; ') : 'no orchestration with stages in this archive'}` }] };
  }
  const suites = withStages.map((o): Suite => {
    const scenarios = (project.scenarioFiles?.get(o.apiName) ?? []).map((s) => {
      const name = `${file}:${s.path}`;
      files.set(name, s.text);
      return name;
    });
    return { design: { kind: 'project', folder: file, orchestration: o.apiName }, scenarios };
  });
  return { suites, files, problems: [] };
}

/**
 * `io` that also reads the scenario files of archives (`files`, by the names archiveSuites gave
 * them). Writing one is refused with a message that says what to do: `--update` cannot write into
 * an archive.
 */
export function servingArchived(io: CliIo, files: ReadonlyMap<string, string>): CliIo {
  if (files.size === 0) return io;
  return sharingArchiveReads(io, {
    ...io,
    readFile: (path) => {
      const text = files.get(path);
      return text === undefined ? io.readFile(path) : Promise.resolve(text);
    },
    writeFile: (path, text) => {
      if (files.has(path)) return Promise.reject(new Error('cannot write into a .zip archive: unzip it and run the command on the folder'));
      return io.writeFile(path, text);
    },
  });
}
