/**
 * What a failed run's steps looked for in the org and did not find, said where the failure is read
 * — the run's banner — with the fix in one click (docs/scenarios.md, "A first run of a real
 * project"). A real org has its running user's User record and its setup (a user, a queue, a
 * notification type looked up by fixed values); the simulated org has only what the scenario gives
 * (FORMAT.md §3, `records`), so a project's first run with the default scenario failed at 0 ms —
 * the recruiting demo's Get_Usernames — and the fix was under Flow runs of a step the admin had
 * first to select.
 */
import type { Orchestration, Scenario, Trace } from '../../model/types';
import { own } from '../../model/ownKey';
import { giveLookupRecord, lookupMatch, lookupsNotFound, type LookupSite } from './lookupSites';
import { giveRunningUser, hasUserRecord, runningUserWithoutRecord } from './runningUserNote';

/** One record the org lacked: the User a failed step's flow ran as, or a record a flow looked up by fixed values. */
export type MissingRecord =
  | { kind: 'runningUser'; user: string; flow: string }
  | { kind: 'lookup'; site: LookupSite };

/**
 * The records the flow runs of the steps still in Error at the end lacked, each once, in the order
 * the runs met them: a running user without a User record (its flow reads `$User`), a lookup by
 * fixed values that found nothing and that the scenario has no match for.
 */
export function missingOrgSetup(doc: Orchestration, scenario: Scenario, trace: Pick<Trace, 'steps' | 'flowRuns'>, sites: readonly LookupSite[]): MissingRecord[] {
  const out: MissingRecord[] = [];
  // the scenario with the records listed so far: a record two lookups ask for (one by values written
  // in its flow, one by a value a step passes) is listed, and given, once
  let given = scenario;
  for (const run of trace.flowRuns ?? []) {
    if (run.step === undefined || own(trace.steps, run.step)?.status !== 'Error') continue;
    const user = runningUserWithoutRecord(run, doc, scenario, trace);
    if (user !== null && !hasUserRecord(given, user)) {
      out.push({ kind: 'runningUser', user, flow: run.flow });
      given = giveRunningUser(given, user);
    }
    for (const site of lookupsNotFound(run, sites)) {
      if (lookupMatch(given, site) !== null) continue;
      out.push({ kind: 'lookup', site });
      given = giveLookupRecord(given, site);
    }
  }
  return out;
}

/**
 * `scenario` with every missing record given, as the note's own buttons give each (Ids of their
 * own); one it holds already is not given again (the button gives the scenario as it is now, which
 * Scenarios may have changed since the run failed).
 */
export function giveMissingOrgSetup(scenario: Scenario, missing: readonly MissingRecord[]): Scenario {
  return missing.reduce((next, item) => (item.kind === 'runningUser' ? giveRunningUser(next, item.user) : giveLookupRecord(next, item.site)), scenario);
}
