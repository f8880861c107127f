/**
 * A project's problem as a command that goes on to use the project prints it. Two problems of the
 * project make such a command fail: a flow file the design calls that could not be read (refused
 * after the lines, unreadCalledFlows.ts) and an orchestration file not read when the command was not
 * told which orchestration it works on (it may be the one meant). Every other one is printed as a
 * warning, `<file>: [place: ]warning: <message>` (FORMAT.md §5), whatever the reader called it.
 *
 * uncalledUnreadAsWarning rewords a flow file not read (why the command does not need it, and why
 * a deploy would fail on it) and leaves out a `.zip` entry refused for its path (`../x`, `/etc/x`):
 * that entry is no file of the project, so those words do not fit it. It then kept the error's line
 * — no "warning:" — and `validate hostile.zip` said `ok`, exit 0, after it: a CI log filter for
 * errors flagged lines the exit code contradicted, while the app counted the same entries among
 * the project's warnings. So is an archive read only in part ("…: not read further"), or a
 * `sfdx-project.json` not read: the command goes on with what was read (*chosen*, docs/cli.md).
 */
import type { ProjectProblem } from '../io/project/types';
import { uncalledUnreadAsWarning } from './unreadCalledFlows';

export function projectNote(problem: ProjectProblem, calledFiles: ReadonlySet<string>, orchestrations: number, chosen?: string): ProjectProblem {
  const note = uncalledUnreadAsWarning(problem, calledFiles, orchestrations, chosen);
  if (note.severity !== 'error' || (note.file !== '' && calledFiles.has(note.file))) return note;
  if (note.orchestration === true && chosen === undefined) return note;
  return { ...note, severity: 'warning' };
}
