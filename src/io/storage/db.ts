/**
 * The IndexedDB database that keeps designs in the browser (idb, no hand-written request
 * plumbing). Two stores: `designs` (the latest state of each design) and `versions` (saved
 * snapshots, the last MAX_VERSIONS per design). Records hold the document as JSON text
 * (storedRecords.ts); the app sees DesignRecord / VersionRecord with the document parsed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Orchestration, Scenario } from '../../model/types';
import type { StoredDesign, StoredVersion } from './storedRecords';

export const DB_NAME = 'stageflow';
export const MAX_VERSIONS = 50;

export interface DesignRecord {
  id: string;
  /** Orchestration label (or name), shown in the library. */
  title: string;
  doc: Orchestration;
  scenarios: Scenario[];
  createdAt: number;
  updatedAt: number;
  /** Goes up by one on every save; a save based on an older revision is a conflict. */
  revision: number;
}

/** Why a version was kept (docs/editor.md, "History"); absent on versions made before issue 17. */
export type VersionReason = 'created' | 'opened' | 'first-change' | 'interval' | 'before-import' | 'before-restore' | 'leaving' | 'named';

export interface VersionRecord {
  key?: number;
  designId: string;
  revision: number;
  /**
   * "Version N": the Nth version kept of this design, counted without gaps (a revision number
   * skips every save that was not kept). Versions stored before it was added have none; the
   * repository numbers those by their order when it lists them.
   */
  number?: number;
  savedAt: number;
  doc: Orchestration;
  scenarios: Scenario[];
  reason?: VersionReason;
  /** The name the user gave it ("Save version"). */
  name?: string;
}

interface StageflowDb extends DBSchema {
  designs: { key: string; value: StoredDesign; indexes: { byUpdated: number } };
  versions: { key: number; value: StoredVersion; indexes: { byDesign: string } };
}

export type Database = IDBPDatabase<StageflowDb>;

let opening: Promise<Database> | null = null;

/** Opens (once) the app's database. */
export function openDatabase(name = DB_NAME): Promise<Database> {
  if (name !== DB_NAME) return open(name);
  opening ??= open(name).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

function open(name: string): Promise<Database> {
  return openDB<StageflowDb>(name, 1, {
    upgrade(db) {
      const designs = db.createObjectStore('designs', { keyPath: 'id' });
      designs.createIndex('byUpdated', 'updatedAt');
      const versions = db.createObjectStore('versions', { keyPath: 'key', autoIncrement: true });
      versions.createIndex('byDesign', 'designId');
    },
  });
}
