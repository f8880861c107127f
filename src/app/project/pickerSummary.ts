/**
 * What the project picker says of a project with flows and no orchestration. A step can call only
 * some of the flows found (projectFlowOffer.ts: not those a trigger starts, nor processes), so the
 * count it offers is said beside the count found: a project of 68 flows offered 36, and the picker
 * said "its steps can call them" of all 68 while the next message said 36 (survey 9).
 */
import { isCallableFlow } from '../../io/project/projectFlowOffer';
import type { ProjectFlow, ProjectProblem } from '../../io/project/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * `unreadOrchestrations`: files that name processType Orchestrator but could not be read. With one,
 * "No orchestration yet" was false: the project has one, cut or broken (chosen, docs/projects.md).
 */
export function noOrchestrationSummary(flows: readonly ProjectFlow[], unreadOrchestrations = 0): string {
  const found = `${unreadOrchestrations > 0 ? 'No orchestration could be read' : 'No orchestration yet'}, and ${plural(flows.length, 'flow', 'flows')} found`;
  const callable = flows.filter(isCallableFlow).length;
  if (callable === flows.length) return `${found}. Start a new orchestration: its steps can call ${flows.length === 1 ? 'it' : 'them'}.`;
  const others = flows.length - callable;
  if (callable === 0) return `${found}, none of them a flow a step can call (a trigger starts ${others === 1 ? 'it, or it is a process' : 'them, or they are processes'}). A new orchestration can still be started.`;
  return `${found}, ${callable} of them ${callable === 1 ? 'a flow' : 'flows'} a step can call (a trigger starts the other ${others === 1 ? 'one, or it is a process' : `${others}, or they are processes`}). Start a new orchestration: its steps can call ${callable === 1 ? 'that one' : `those ${callable}`}.`;
}

/** At most this many unread orchestration files are named in the picker's sentence; the report lists every one. */
const NAMED = 3;

const where = (p: ProjectProblem) => `${p.file}: ${p.line !== undefined ? `${p.line}:${p.column ?? 1}: ` : ''}${p.message}`;

/**
 * What the picker says of the project's files that could not be read. An orchestration among them is
 * named with where and what — it is missing from the list, and the admin came to open it — where the
 * picker only counted "1 file could not be read" under "No orchestration yet" (seen opening a
 * project whose orchestration file was cut short).
 */
export function unreadFilesSummary(problems: readonly ProjectProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const orchestrations = errors.filter((p) => p.orchestration === true);
  const others = errors.length - orchestrations.length;
  const parts: string[] = [];
  if (orchestrations.length > 0) {
    const named = orchestrations.slice(0, NAMED).map(where).join('; ');
    const more = orchestrations.length > NAMED ? `; and ${orchestrations.length - NAMED} more` : '';
    parts.push(`${orchestrations.length === 1 ? 'An orchestration file could not be read, so it is not listed' : `${orchestrations.length} orchestration files could not be read, so they are not listed`} — ${named}${more}. Fix ${orchestrations.length === 1 ? 'it' : 'them'} and open the project again.`);
  }
  if (others > 0) parts.push(`${plural(others, orchestrations.length > 0 ? 'other file' : 'file', orchestrations.length > 0 ? 'other files' : 'files')} could not be read; the report after opening lists them.`);
  return parts.join(' ');
}
