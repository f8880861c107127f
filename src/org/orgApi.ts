/**
 * The simulated Salesforce org, behind an async API as if it were remote. Its source of truth is
 * the open document's `users` and `flows` (so undo, import and export see the catalog); every call
 * waits the configured latency and fails when "Simulate org errors" is on.
 */
import { saveFlow, type SaveFlowParams } from '../commands/saveFlow';
import type { Flow, FlowType, User } from '../model/types';
import { useDocumentStore } from '../store/documentStore';
import { useOrgSettings } from './orgSettingsStore';

/** A failure of the simulated org, with a message for the admin. */
export class OrgError extends Error {
  override readonly name = 'OrgError';
}

export interface FlowQuery {
  type?: FlowType;
  /** Case-insensitive match on the flow's label or API name. */
  search?: string;
  activeOnly?: boolean;
}

async function roundTrip(): Promise<void> {
  const { latencyMs, simulateErrors } = useOrgSettings.getState();
  if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
  if (useOrgSettings.getState().simulateErrors || simulateErrors) {
    throw new OrgError('The org did not answer (simulated org error). Check the connection and try again.');
  }
}

/** Flows in the org's catalog that match the query, sorted by label. */
export async function listFlows(query: FlowQuery = {}): Promise<Flow[]> {
  await roundTrip();
  const needle = query.search?.trim().toLowerCase() ?? '';
  return (useDocumentStore.getState().doc.flows ?? [])
    .filter((f) => !query.type || f.type === query.type)
    .filter((f) => !query.activeOnly || f.active !== false)
    .filter((f) => !needle || f.name.toLowerCase().includes(needle) || (f.label ?? '').toLowerCase().includes(needle))
    .sort((a, b) => (a.label ?? a.name).localeCompare(b.label ?? b.name));
}

/** One flow, or an OrgError when the org has no flow of that name. */
export async function getFlow(name: string): Promise<Flow> {
  await roundTrip();
  const flow = (useDocumentStore.getState().doc.flows ?? []).find((f) => f.name === name);
  if (!flow) throw new OrgError(`The org has no flow named "${name}".`);
  return flow;
}

/** The org's users. */
export async function listUsers(): Promise<User[]> {
  await roundTrip();
  return useDocumentStore.getState().doc.users ?? [];
}

/** Saves a flow (new or edited) as one undoable edit; fails when the name is taken. */
export async function saveFlowInOrg(params: SaveFlowParams): Promise<Flow> {
  await roundTrip();
  const store = useDocumentStore.getState();
  const clash = (store.doc.flows ?? []).some((f) => f.name === params.flow.name && f.name !== params.original);
  if (clash) throw new OrgError(`Another flow is already named "${params.flow.name}".`);
  store.dispatch(saveFlow, params);
  return params.flow;
}
