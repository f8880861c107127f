/**
 * The shape of the one app store, and the type every slice creator has (zustand's slices pattern:
 * each `createXSlice` returns its part; `appStore.ts` combines them in one `create()`).
 */
import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { DocumentSlice } from './createDocumentSlice';
import type { PersistenceSlice } from './createPersistenceSlice';
import type { RunSlice } from './createRunSlice';
import type { ScenarioSlice } from './createScenarioSlice';
import type { SelectionSlice } from './createSelectionSlice';
import type { UiSlice } from './createUiSlice';
import type { VerifySlice } from './createVerifySlice';

export type AppState = DocumentSlice & SelectionSlice & UiSlice & RunSlice & ScenarioSlice & PersistenceSlice & VerifySlice;

/** What the undo history records: the document, nothing else (selection, view and run are `ignore`). */
export interface HistoryState {
  doc: AppState['doc'];
}

export type HistoryApi = StoreApi<TemporalState<HistoryState>>;

/** The store with its zundo history (`store.temporal`). */
export type AppStoreApi = StoreApi<AppState> & { temporal: HistoryApi };

export type SliceCreator<T> = StateCreator<AppState, [['temporal', unknown]], [], T>;
