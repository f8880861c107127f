/**
 * Who a step runs as (or who completed a work item), in the words the Why panel, the run view's
 * card and the event log share. An interactive step assigned by Id (`$Record.Id`,
 * `$Record.OwnerId`) runs as that Id when the scenario's User record gives no Username (the engine
 * names the user by Username when it can, R23): the admin reads a person, not `005SIM000000000001`.
 * *Chosen* (docs/editor.md, "In a run"): the User record's name and Username, else its name, else
 * its Username; the triggering record of a User-triggered orchestration given without an Id (the
 * simulated org made one) is "the triggering User ($Record)"; the Id stays only when nothing else is known.
 */
import { userInWords } from '../model/glossary';
import type { Orchestration, Scenario } from '../model/types';

/** A User Id: key prefix 005, 15 or 18 characters. */
const USER_ID = /^005[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

type Fields = Readonly<Record<string, unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** "Dana Reyes (dana@example.com)", "Dana Reyes", "dana@example.com", or '' when the record names nobody. */
function nameOf(record: Fields): string {
  const name = text(record.Name) || [text(record.FirstName), text(record.LastName)].filter(Boolean).join(' ');
  const username = text(record.Username);
  return name && username ? `${name} (${username})` : name || username;
}

/**
 * The same user: the Id itself, or its 15-character form (the 18-character one less its case
 * suffix). Simulated Ids count in their last digits, so an 18-character one is compared whole.
 */
const sameId = (recordId: string, user: string) => recordId === user || (user.length === 15 && recordId.slice(0, 15) === user);

/** `user` (a username, `$AutomatedProcessUser` or a User Id) as the admin reads it; `scenario`: the run's. */
export function runAsUserWords(user: string, doc: Orchestration, scenario: Pick<Scenario, 'record' | 'records'>): string {
  if (!USER_ID.test(user)) return userInWords(user);
  const triggeredByUser = doc.trigger?.type === 'recordTriggered' && doc.trigger.object === 'User';
  const triggering: Fields | undefined = triggeredByUser ? scenario.record ?? {} : undefined;
  const records: Fields[] = [...(scenario.records?.User ?? []), ...(triggering ? [triggering] : [])];
  const record = records.find((r) => typeof r.Id === 'string' && sameId(r.Id, user));
  if (record) return nameOf(record) || user;
  // the simulated org gives a record without an Id one of its own, SIM in the middle (flows/org/simulatedOrg.ts)
  if (triggering && typeof triggering.Id !== 'string' && user.slice(3, 6) === 'SIM') {
    const name = nameOf(triggering);
    return name ? `${name}, the triggering User ($Record)` : 'the triggering User ($Record)';
  }
  return user;
}
