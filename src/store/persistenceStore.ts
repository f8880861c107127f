/**
 * Autosave: the open design is written to IndexedDB within a second of each change (debounced),
 * and survives a reload or a crash. Failures never touch the design in memory: storage full or
 * blocked shows a message; a save that another tab overtook is a conflict the user resolves
 * (reload theirs, or keep mine as a copy).
 */
import { create } from 'zustand';
import type { Orchestration, Scenario } from '../model/types';
import type { DesignRecord } from '../io/storage/db';
import { createDesignRepository, type DesignRepository } from '../io/storage/designRepository';
import { ConflictError, toStorageError } from '../io/storage/storageErrors';
import { clearHistory, useDocumentStore } from './documentStore';
import { useScenarioStore } from './scenarioStore';

export const AUTOSAVE_DELAY_MS = 400;
const LAST_DESIGN_KEY = 'stageflow:lastDesign';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface PersistenceState {
  designId: string | null;
  revision: number;
  status: SaveStatus;
  message: string | null;
  savedAt: number | null;
}

export const usePersistenceStore = create<PersistenceState>()(() => ({
  designId: null, revision: 0, status: 'idle', message: null, savedAt: null,
}));

let repository: DesignRepository | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let unsubscribers: (() => void)[] = [];
let suppress = false;

/** The repository autosave writes to (created on first use). */
export function designRepository(): DesignRepository {
  repository ??= createDesignRepository();
  return repository;
}

function rememberLast(id: string | null) {
  try {
    if (id) localStorage.setItem(LAST_DESIGN_KEY, id);
    else localStorage.removeItem(LAST_DESIGN_KEY);
  } catch { /* storage blocked: nothing to remember */ }
}

/** The design opened last time, if any. */
export function lastDesignId(): string | null {
  try {
    return localStorage.getItem(LAST_DESIGN_KEY);
  } catch {
    return null;
  }
}

async function saveNow(): Promise<void> {
  timer = null;
  const doc = useDocumentStore.getState().doc;
  const scenarios = [...useScenarioStore.getState().scenarios];
  const { designId, revision } = usePersistenceStore.getState();
  usePersistenceStore.setState({ status: 'saving' });
  try {
    const repo = designRepository();
    const rec = designId ? await repo.save(designId, doc, scenarios, revision) : await repo.create(doc, scenarios);
    usePersistenceStore.setState({ designId: rec.id, revision: rec.revision, status: 'saved', message: null, savedAt: rec.updatedAt });
    rememberLast(rec.id);
  } catch (e) {
    if (e instanceof ConflictError) {
      usePersistenceStore.setState({ status: 'conflict', message: e.message });
    } else {
      usePersistenceStore.setState({ status: 'error', message: toStorageError(e).message });
    }
  }
}

function schedule() {
  if (suppress) return;
  if (usePersistenceStore.getState().status === 'conflict') return; // wait for the user's choice
  usePersistenceStore.setState({ status: 'pending' });
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
}

/** Starts saving the open design after each change. Returns a stop function. */
export function startAutosave(): () => void {
  stopAutosave();
  unsubscribers = [
    useDocumentStore.subscribe((s, prev) => { if (s.doc !== prev.doc) schedule(); }),
    useScenarioStore.subscribe((s, prev) => { if (s.scenarios !== prev.scenarios) schedule(); }),
  ];
  return stopAutosave;
}

export function stopAutosave(): void {
  for (const u of unsubscribers) u();
  unsubscribers = [];
  if (timer) clearTimeout(timer);
  timer = null;
}

/** Writes pending changes at once (before leaving a design, in tests). */
export async function flushAutosave(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    await saveNow();
  }
}

/** Shows a stored design: replaces the document and scenarios without recording undo history. */
export function openStoredDesign(rec: DesignRecord): void {
  suppress = true;
  try {
    useDocumentStore.getState().replaceDocument(rec.doc, 'Open design');
    clearHistory();
    useScenarioStore.getState().setScenarios(rec.scenarios);
  } finally {
    suppress = false;
  }
  usePersistenceStore.setState({ designId: rec.id, revision: rec.revision, status: 'saved', message: null, savedAt: rec.updatedAt });
  rememberLast(rec.id);
}

/** Starts a new stored design from a document (sample, import, share link): saved on first change. */
export function openUnsavedDesign(doc: Orchestration, scenarios: Scenario[]): void {
  suppress = true;
  try {
    useDocumentStore.getState().replaceDocument(doc, 'Open design');
    clearHistory();
    useScenarioStore.getState().setScenarios(scenarios);
  } finally {
    suppress = false;
  }
  usePersistenceStore.setState({ designId: null, revision: 0, status: 'idle', message: null, savedAt: null });
}

/** Conflict resolution: take the other tab's version. */
export async function reloadFromStorage(): Promise<void> {
  const id = usePersistenceStore.getState().designId;
  if (!id) return;
  try {
    openStoredDesign(await designRepository().get(id));
  } catch (e) {
    usePersistenceStore.setState({ status: 'error', message: toStorageError(e).message });
  }
}

/** Conflict resolution: keep what is open here as a new design. */
export async function keepAsCopy(): Promise<void> {
  const doc = useDocumentStore.getState().doc;
  const copy = { ...doc, label: `${doc.label ?? doc.name} (my copy)` };
  usePersistenceStore.setState({ designId: null, revision: 0, status: 'pending' });
  suppress = true;
  useDocumentStore.getState().replaceDocument(copy, 'Keep a copy');
  suppress = false;
  await saveNow();
}
