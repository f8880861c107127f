/**
 * Where a scenario problem is, in the words of the Scenarios dialog: the box that holds the value
 * and, inside it, the row — "Other records of the org, User 2" for `records.User[1].Id`, "Step
 * behaviour, step “Review”" for `steps.Review.outcome`. The validator keeps the JSON path (the
 * command line prints `<file>: <path>: <message>`); the dialog's problems box read that path alone,
 * where the Problems list says the place in words, so it now gives the words with the path after
 * them, as a record another message names reads 'User 1 (records.User[0])' (docs/scenarios.md, *chosen*).
 */
import type { Orchestration } from './types';

/** A path's keys and indexes in order: `records.User[1].Id` → ['records', 'User', 1, 'Id']. */
export function pathKeys(path: string): Array<string | number> {
  const keys: Array<string | number> = [];
  for (const m of path.matchAll(/(?:^|\.)([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]!) as string);
  }
  return keys;
}

/** The box titles of the Scenarios dialog (its fieldsets' legends), by the scenario's key. */
const BOX = {
  launch: 'Launch',
  record: 'Triggering record ($Record)',
  records: 'Other records of the org',
  steps: 'Step behaviour',
  screenAnswers: 'Screen answers',
  evaluationFlows: 'Evaluation flow results',
  actions: 'Actions the flows call',
  events: 'Timed events',
  expectations: 'Expected outcome',
} as const;

const LIMIT_WORDS: Record<string, string> = { maxTimeMs: 'Time limit', maxTransitions: 'Status change limit' };

/** A step of the design by API name, as Step behaviour names it: 'step “Review”' (its label). */
function stepWords(doc: Orchestration, name: string): string {
  const step = doc.stages.flatMap((s) => s.steps).find((s) => s.name === name);
  return `step “${step?.label || name}”`;
}

/** An evaluation flow of the catalog by API name, by its label. */
function flowWords(doc: Orchestration, name: string): string {
  const flow = (doc.flows ?? []).find((f) => f.name === name);
  return `flow “${flow?.label || name}”`;
}

const joined = (...parts: Array<string | undefined>): string => parts.filter((p) => p !== undefined).join(', ');

/** The place of `path` in the dialog's words, or null for a path the dialog has no words for. */
export function scenarioPlaceWords(doc: Orchestration, path: string): string | null {
  const [top, key, index] = pathKeys(path);
  const name = typeof key === 'string' ? key : undefined;
  switch (top) {
    case undefined: return 'The scenario';
    case 'name': return 'Scenario name';
    case 'startAt': return joined(BOX.launch, 'The run starts at (UTC)');
    case 'inputs': return joined(BOX.launch, name === undefined ? undefined : `input ${name}`);
    case 'limits': return joined(BOX.launch, name === undefined ? 'run limits' : (LIMIT_WORDS[name] ?? 'run limits'));
    case 'record': return BOX.record;
    case 'save': return joined(BOX.record, key === 'prior' ? 'Before the update ($Record__Prior)' : undefined);
    case 'records': return joined(BOX.records, name === undefined ? undefined : typeof index === 'number' ? `${name} ${index + 1}` : name);
    case 'steps': return name === undefined ? BOX.steps : joined(index === 'screenValues' ? BOX.screenAnswers : BOX.steps, stepWords(doc, name));
    case 'evaluationFlows': return joined(BOX.evaluationFlows, name === undefined ? undefined : flowWords(doc, name));
    case 'actions': return joined(BOX.actions, name);
    case 'events': return joined(BOX.events, typeof key === 'number' ? `event ${key + 1}` : undefined);
    case 'autoCompleteWorkItems': return joined(BOX.events, 'Work items complete by themselves');
    case 'expectations': return joined(BOX.expectations, typeof key === 'number' ? `expectation ${key + 1}` : undefined);
    default: return null;
  }
}

/** "Other records of the org, User 2 (records.User[1].Id): the Id …": the place in words, the path after it. */
export function scenarioProblemInWords(doc: Orchestration, problem: { path: string; message: string }): string {
  const words = scenarioPlaceWords(doc, problem.path);
  if (words === null) return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
  return `${words}${problem.path ? ` (${problem.path})` : ''}: ${problem.message}`;
}
