/**
 * The simulated Salesforce org, behind an async API as if it were remote. Its storage is the open
 * document's `flows` (so undo, import and export see the catalog); every call waits the configured
 * latency and fails when "Simulate org errors" is on. The UI reads it only through TanStack Query
 * (useFlows.ts); catalogSync.ts pushes each change of the document's catalog into that cache.
 */
import { saveFlow, type SaveFlowParams } from '../commands/saveFlow';
import type { Flow, FlowType } from '../model/types';
import { useAppStore } from '../store/appStore';
import { sortByLabel } from './labelOrder';

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
  const { orgLatencyMs, simulateOrgErrors } = useAppStore.getState();
  if (orgLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, orgLatencyMs));
  if (useAppStore.getState().simulateOrgErrors || simulateOrgErrors) {
    throw new OrgError('The org did not answer (simulated org error). Check the connection and try again.');
  }
}

/** The flows of `catalog` that match the query, sorted by label (what the org answers). */
export function filterFlows(catalog: readonly Flow[], query: FlowQuery): Flow[] {
  const needle = query.search?.trim().toLowerCase() ?? '';
  const matching = catalog
    .filter((f) => !query.type || f.type === query.type)
    .filter((f) => !query.activeOnly || f.active !== false)
    .filter((f) => !needle || f.name.toLowerCase().includes(needle) || (f.label ?? '').toLowerCase().includes(needle));
  return sortByLabel(matching, (f) => f.label ?? f.name);
}

/** Flows in the org's catalog that match the query, sorted by label. */
export async function listFlows(query: FlowQuery = {}): Promise<Flow[]> {
  await roundTrip();
  return filterFlows(useAppStore.getState().doc.flows ?? [], query);
}

/** Saves a flow (new or edited) as one undoable edit; fails when the name is taken. */
export async function saveFlowInOrg(params: SaveFlowParams): Promise<Flow> {
  await roundTrip();
  const store = useAppStore.getState();
  const clash = (store.doc.flows ?? []).some((f) => f.name === params.flow.name && f.name !== params.original);
  if (clash) throw new OrgError(`Another flow is already named "${params.flow.name}".`);
  if (!store.dispatch(saveFlow, params)) throw new OrgError('The design is read-only while a run is shown.');
  return params.flow;
}
