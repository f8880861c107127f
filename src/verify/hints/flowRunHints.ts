/**
 * What `stageflow test` says under a failed scenario about the org setup its flows looked for and
 * did not find — a Get Records by fixed values (lookupSites.ts), the running user's User record
 * that `$User` reads (runningUserNote.ts), the members a queue declares that the scenario's records do
 * not resolve (queueMembersNote.ts) — as the app's Flow runs panel says it, naming the
 * scenario file's `records` where the app names Scenarios. A real org has that setup; the
 * simulated org has only what the scenario gives, so a missing record is the usual reason a real
 * flow faults or finds nothing in a scenario.
 */
import type { Orchestration, Scenario, Trace } from '../../model/types';
import { lookupSites, lookupsNotFound, lookupWhere, type LookupSite } from './lookupSites';
import { queueMembersNote } from './queueMembersNote';
import { runningUserNote } from './runningUserNote';

const IN_RECORDS = 'in its "records"';

/** The lookup sites of a design, worked out once: `stageflow test` asks for them under each failed scenario of a suite. */
const sitesByDoc = new WeakMap<Orchestration, LookupSite[]>();
function sitesOf(doc: Orchestration): LookupSite[] {
  let sites = sitesByDoc.get(doc);
  if (!sites) sitesByDoc.set(doc, (sites = lookupSites(doc)));
  return sites;
}

/** Each hint once, in the order the runs met them; none when the run ran no project flow. */
export function flowRunHints(doc: Orchestration, scenario: Scenario, trace: Pick<Trace, 'steps' | 'flowRuns'>): string[] {
  const runs = trace.flowRuns ?? [];
  if (runs.length === 0) return [];
  const sites = sitesOf(doc);
  const hints = new Set<string>();
  for (const run of runs) {
    for (const site of lookupsNotFound(run, sites)) {
      hints.add(`The simulated org has no ${site.object} where ${lookupWhere(site)} (${site.elements.join(', ')} found nothing). A real org has such setup: give the scenario one ${IN_RECORDS}.`);
    }
    const user = runningUserNote(run, doc, scenario, trace, IN_RECORDS);
    if (user !== null) hints.add(user);
    const members = queueMembersNote(run, doc, scenario, IN_RECORDS);
    if (members !== null) hints.add(members);
  }
  return [...hints];
}
