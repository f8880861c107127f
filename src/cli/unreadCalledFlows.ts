/**
 * The flows an orchestration opened from a project calls whose file is in the project but could not
 * be read (not well-formed XML, a Git LFS pointer, over a cap): the design holds a placeholder for
 * each, so a run would use a stand-in, not the flow. docs/projects.md makes such a file an error of
 * the project, yet `validate` printed the file's problem and then `ok`, exit 0: a CI job that gates
 * on `validate` passed a project whose orchestration cannot run as written. `validate` and
 * `simulate --validate-only` now refuse it (exit 2) with one line naming the flow and its file
 * (*chosen*, docs/cli.md). A broken flow file the design does not call stays a line of its own, as
 * before: the design being checked does not depend on it.
 */
import { apiNameOf, isFlowFile } from '../io/project/paths';
import type { ProjectProblem } from '../io/project/types';
import type { Orchestration } from '../model/types';
import type { CliIo } from './cliIo';
import { fileLabel, oneLine } from './fileLabel';
import type { Loaded } from './loadFiles';

/** Each placeholder flow of `doc` whose project file is among the files that could not be read, with that file. */
export function unreadCalledFlows(doc: Orchestration, projectProblems: readonly ProjectProblem[]): { flow: string; file: string }[] {
  const unread = projectProblems.filter((p) => p.severity === 'error' && isFlowFile(p.file));
  const found: { flow: string; file: string }[] = [];
  for (const flow of doc.flows ?? []) {
    // a flow read from its file has a source; a managed package's is never a project file
    if (flow.source !== undefined || flow.package !== undefined) continue;
    const problem = unread.find((p) => apiNameOf(p.file).toLowerCase() === flow.name.toLowerCase());
    if (problem) found.push({ flow: flow.name, file: problem.file });
  }
  return found;
}

/** The line `validate` prints for such flows, after the files' own problems; null when there are none. */
export function unreadCalledFlowsLine(label: string, unread: readonly { flow: string; file: string }[]): string | null {
  if (unread.length === 0) return null;
  // names from the project's files, escaped as every file name of a problem line is (one line each)
  const each = unread.map((u) => `${oneLine(u.flow)} (${fileLabel(u.file)})`).join(', ');
  const one = unread.length === 1;
  return `${label}: flows: it calls ${one ? 'the flow' : 'the flows'} ${each}, whose ${one ? 'file' : 'files'} could not be read (${one ? 'its problem is' : 'their problems are'} printed above), so a run would use a stand-in for ${one ? 'it' : 'them'}: fix ${one ? 'the file' : 'the files'}`;
}

/** True after printing why, when the loaded design calls flows whose project file could not be read. */
export function refusedForUnreadFlows(io: CliIo, file: string, loaded: Loaded<Orchestration>): boolean {
  const line = unreadCalledFlowsLine(fileLabel(file), loaded.unreadFlows ?? []);
  if (line !== null) io.stderr(`${line}\n`);
  return line !== null;
}
