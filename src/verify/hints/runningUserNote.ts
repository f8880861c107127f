/**
 * Why a flow's `$User` read nothing: `$User` is the org's User whose Username is the user the step
 * runs as (flows/interpreter/globals.ts), and the simulated org has only the users a scenario gives.
 * Without one, `$User.Id` is null and a Get Records by it finds nothing — the recruiting demo's
 * Get_Usernames then faults on `Get_System_User_Record has no record`, which does not say that the
 * missing record is the running user's (the Automated Process User's, before API 60); the run
 * view gives it in one click (`giveRunningUser`). Also the
 * note on a screen loop, which names where the app takes screen answers.
 */
import type { Orchestration, Scenario, Trace, TraceFlowRun } from '../../model/types';
import { newRecordId } from './newRecordId';
import { userInWords } from '../../model/glossary';
import { AUTOMATED_PROCESS_USER } from '../../model/names';
import { own } from '../../model/ownKey';

type Records = NonNullable<Scenario['records']>;

/** `$User.X` read anywhere in the flow, X other than Username (the run-as user always has a Username). */
const READS_USER_FIELD = /\$User\.(?!Username\b)[A-Za-z_]/i;

/** Where the app's admin gives org records; the command line names the scenario file's `records` instead. */
export const IN_SCENARIOS = 'in Scenarios, under Other records of the org';

/**
 * The user the step of `run` runs as when its flow reads a `$User` field the scenario cannot give:
 * no User of the scenario has that Username. Null when the flow does not read such a field, or the
 * user has a record.
 */
export function runningUserWithoutRecord(run: Pick<TraceFlowRun, 'flow' | 'step'>, doc: Orchestration | null, scenario: Scenario | null, trace: Pick<Trace, 'steps'> | null): string | null {
  if (run.step === undefined) return null;
  const user = own(trace?.steps, run.step)?.runAs?.user;
  if (!user) return null;
  const definition = (doc?.flows ?? []).find((f) => f.name === run.flow)?.definition;
  if (definition === undefined || !READS_USER_FIELD.test(JSON.stringify(definition))) return null;
  return hasUserRecord(scenario, user) ? null : user;
}

/** Whether the scenario's org has a User whose Username is `user` (the record `$User` reads). */
export function hasUserRecord(scenario: Scenario | null, user: string): boolean {
  const users = scenario?.records?.User ?? [];
  return users.some((u) => Object.entries(u).some(([k, v]) => k.toLowerCase() === 'username' && v === user));
}

/** A run-as user as the admin knows it, in a sentence: `$AutomatedProcessUser` is "the Automated Process User" (glossary.ts). */
export const runningUserInWords = (user: string): string => (user === AUTOMATED_PROCESS_USER ? `the ${userInWords(user)}` : user);

export function runningUserNote(run: Pick<TraceFlowRun, 'flow' | 'step'>, doc: Orchestration | null, scenario: Scenario | null, trace: Pick<Trace, 'steps'> | null, where: string = IN_SCENARIOS): string | null {
  const user = runningUserWithoutRecord(run, doc, scenario, trace);
  if (user === null) return null;
  return `This flow reads $User: the user the step runs as, ${runningUserInWords(user)}, has no User record in the simulated org, so $User.Id and its other fields are null (a Get Records by $User.Id finds nothing). Give the scenario a User with Username "${user}" ${where}.`;
}

/**
 * `scenario` with the User record of `user` among its org's records: an Id of its own, as a record
 * added in Scenarios gets (newRecordId.ts), and the Username that makes it `$User` — as "Add a
 * User with …" gives a looked-up record the fields its lookup compares. The admin fills the rest
 * (a ManagerId, a name) in Scenarios. A scenario that has the user's record already is given back as
 * it is: the buttons give the scenario as it is now, which Scenarios may have changed since the run
 * (the user added by hand), and a second User of one Username is a duplicate to find and remove.
 */
export function giveRunningUser(scenario: Scenario, user: string): Scenario {
  if (hasUserRecord(scenario, user)) return scenario;
  const records: Records = scenario.records ?? {};
  const existing = Object.prototype.hasOwnProperty.call(records, 'User') ? records.User! : [];
  return { ...scenario, records: { ...records, User: [...existing, { Id: newRecordId(records, 'User'), Username: user }] } };
}

/**
 * Where the app takes the answers a screen loop asks for (flows/interpreter/run.ts says only "give
 * the screen values that do", which is the command line's word): for an interactive step's run,
 * Scenarios → Screen answers.
 */
export function screenLoopNote(run: Pick<TraceFlowRun, 'step' | 'message'>): string | null {
  const loop = /the screen (\w+) was shown \d+ times, answered with the same values each time/.exec(run.message ?? '');
  if (!loop || run.step === undefined) return null;
  return `Answer ${loop[1]} as the user would to leave the loop: in Scenarios, under Screen answers of this step.`;
}
