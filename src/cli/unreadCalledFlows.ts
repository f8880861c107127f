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

/**
 * `problem` as it is printed when no orchestration the command works on calls its flow: a flow file
 * of the project that could not be read is then a warning, with why it does not fail the command and
 * why it matters all the same (*chosen*, docs/cli.md): the orchestration is sound without it, but a
 * deploy of the project would fail on the file. Before, it kept the error's line — no "warning:" —
 * and the command said `ok`, exit 0, a line a CI log filter for errors flagged and the exit code
 * contradicted. So is an orchestration file not read when the admin named another one to work on
 * (`<project>#<ApiName>`, `chosen`); without a name it stays an error (the one meant may be it). Any
 * other problem, and one whose flow is called (refused above), is unchanged.
 */
export function uncalledUnreadAsWarning(problem: ProjectProblem, calledFiles: ReadonlySet<string>, orchestrations: number, chosen?: string): ProjectProblem {
  // only a file that could not be read (fileNotRead.ts, malformed XML): a refused .zip path is no flow file of the project
  // (these words do not fit it; projectNotes.ts makes it a warning of its own)
  if (problem.severity !== 'error' || !problem.message.startsWith('not read: ') || !isFlowFile(problem.file) || calledFiles.has(problem.file)) return problem;
  // an orchestration not read is one the command may have meant (an error), unless the admin named another (`#<ApiName>`)
  if (problem.orchestration === true && chosen === undefined) return problem;
  const flow = oneLine(apiNameOf(problem.file));
  const who = problem.orchestration === true ? `the command works on the orchestration ${oneLine(chosen!)}, not this one, so it does not need`
    : orchestrations > 1 ? `none of the ${orchestrations} orchestrations calls the flow ${flow}, so they do not need` : `the orchestration does not call the flow ${flow}, so it does not need`;
  return { ...problem, severity: 'warning', message: `${problem.message.replace(/\.$/, '')}; ${who} the file, but a deploy of the project would fail on it: fix the file` };
}
