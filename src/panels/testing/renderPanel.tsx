/** Test helpers: a fresh document and selection, the org without latency, the panel rendered. */
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import type { Orchestration } from '../../model/types';
import { createOrgQueryClient } from '../../org/orgQueryClient';
import { useOrgSettings } from '../../org/orgSettingsStore';
import { clearHistory, useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { PropertiesPanel } from '../PropertiesPanel';
import type { ReactElement } from 'react';

export function resetStores(doc: Orchestration = propertiesFixture(), selected: string[] = []): void {
  useDocumentStore.getState().replaceDocument(doc);
  clearHistory();
  useSelectionStore.getState().select(selected);
  useOrgSettings.setState({ latencyMs: 0, simulateErrors: false });
}

export function renderPanel(selected: string[] = [], doc?: Orchestration) {
  resetStores(doc, selected);
  return render(<PropertiesPanel />);
}

/** Renders a component inside a fresh org query client (for components used outside the panel). */
export function renderWithOrg(ui: ReactElement) {
  return render(<QueryClientProvider client={createOrgQueryClient()}>{ui}</QueryClientProvider>);
}

export const doc = () => useDocumentStore.getState().doc;
export const historyLength = () => useDocumentStore.temporal.getState().pastStates.length;
