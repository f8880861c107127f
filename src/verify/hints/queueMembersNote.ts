/**
 * Why a flow's Get Records on GroupMember may not find a member its project's queue declares: a
 * declared member names a user by Username and a group or role by DeveloperName, and becomes a
 * GroupMember only when the run's records hold that User or Group (flows/org/deployedGroupMembers.ts).
 * The members the scenario leaves unresolved are named under the flow's run — in the app's Flow runs
 * panel and under a failed scenario of `stageflow test` — as `stageflow flow` names them on stderr.
 */
import { storedFlowDefinition } from '../../flows/definition';
import { addDeployedGroupMembers, describeQueueMember } from '../../flows/org/deployedGroupMembers';
import { addDeployedGroups } from '../../flows/org/deployedSetupRecords';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import type { Orchestration, Scenario, TraceFlowRun } from '../../model/types';
import { IN_SCENARIOS } from './runningUserNote';

/** Members named in a note at most; the rest are counted. */
const MAX_NAMED = 5;

/**
 * The note for a run of a flow that read GroupMember when its project's queues declare members the
 * scenario's records do not resolve; null otherwise. `where` says where records are given.
 */
export function queueMembersNote(run: Pick<TraceFlowRun, 'flow' | 'recordsRead'>, doc: Orchestration | null, scenario: Scenario | null, where: string = IN_SCENARIOS): string | null {
  if (!run.recordsRead.some((r) => r.object.toLowerCase() === 'groupmember')) return null;
  const definition = storedFlowDefinition((doc?.flows ?? []).find((f) => f.name === run.flow)?.definition);
  if (!definition?.groupMembers?.length) return null;
  const org = SimulatedOrg.from(scenario?.records);
  addDeployedGroups(org, definition.groups ?? []);
  const { unresolved } = addDeployedGroupMembers(org, definition.groupMembers);
  if (unresolved.length === 0) return null;
  const named = unresolved.slice(0, MAX_NAMED).map(describeQueueMember);
  const more = unresolved.length > MAX_NAMED ? ` and ${unresolved.length - MAX_NAMED} more` : '';
  return `The project's queues declare members the scenario's records do not hold, so the simulated org has no GroupMember for them: the ${named.join(', the ')}${more}. A real org has them: give the scenario a User with that Username, or a Group of that Type and DeveloperName, ${where}.`;
}
