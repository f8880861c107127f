/** Test helpers: a fresh document and selection, the org without latency, the panel rendered. */
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import type { Orchestration } from '../../model/types';
import { validateOrchestration } from '../../model/validate';
import { createOrgQueryClient } from '../../org/orgQueryClient';
import { syncCatalog } from '../../org/catalogSync';
import { PropertiesPanel } from '../PropertiesPanel';
import type { ReactElement } from 'react';
import { useAppStore } from '../../store/appStore';

export function resetStores(doc: Orchestration = propertiesFixture(), selected: string[] = []): void {
  const store = useAppStore.getState();
  if (!store.validatorReady) store.setValidator(validateOrchestration);
  store.exitRun();
  store.openUnsavedDesign(doc, []);
  store.select(selected);
  useAppStore.setState({ orgLatencyMs: 0, simulateOrgErrors: false });
}

export function renderPanel(selected: string[] = [], doc?: Orchestration) {
  resetStores(doc, selected);
  return render(<PropertiesPanel />);
}

/** Renders a component inside a fresh org query client (for components used outside the panel). */
export function renderWithOrg(ui: ReactElement) {
  const client = createOrgQueryClient();
  const stop = syncCatalog(client, useAppStore);
  const result = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return { ...result, unmount: () => { stop(); result.unmount(); } };
}

export const doc = () => useAppStore.getState().doc;
export const historyLength = () => useAppStore.temporal.getState().pastStates.length;
