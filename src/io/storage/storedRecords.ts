/**
 * How designs and versions are kept in IndexedDB. The document is stored as its JSON text: one
 * `JSON.stringify` per save, shared by the design and the version it may become, and a string is
 * copied by IndexedDB's structured clone as one block instead of an object graph of thousands of
 * objects (a 10,000-step design: ~150 ms per clone, twice per save, against one ~50 ms
 * serialisation). A version kept from the stored design copies that text as it is.
 *
 * The library's list reads the counts stored beside the text, so it parses nothing. Records written
 * before this (the document as an object, no counts) are still read as they are.
 */
import type { Orchestration } from '../../model/types';
import type { DesignRecord, VersionRecord } from './db';

/** The document of a stored record: JSON text (current) or the object itself (earlier records). */
export interface StoredDocument {
  docJson?: string;
  doc?: Orchestration;
}

/** What the library shows of a design without reading its document. */
export interface DesignCounts {
  /** The orchestration's API name (the library's search matches it). */
  docName: string;
  stages: number;
  steps: number;
}

export type StoredDesign = Omit<DesignRecord, 'doc'> & StoredDocument & Partial<DesignCounts>;
export type StoredVersion = Omit<VersionRecord, 'doc'> & StoredDocument;

/** A document serialised once for storage, with the counts the library lists. */
export interface SerialisedDocument extends DesignCounts {
  docJson: string;
}

/** Serialises `doc` for storage (the one `JSON.stringify` of a save). */
export function serialiseDocument(doc: Orchestration): SerialisedDocument {
  return { docJson: JSON.stringify(doc), docName: doc.name, stages: doc.stages.length, steps: doc.stages.reduce((n, s) => n + s.steps.length, 0) };
}

/** The document of a stored record, whichever way it was stored. */
export function storedDocument(r: StoredDocument): Orchestration {
  if (r.docJson !== undefined) return JSON.parse(r.docJson) as Orchestration;
  if (r.doc !== undefined) return r.doc;
  throw new Error('the stored design has no document');
}

/** The document fields of `r` as they are, for a copy of it (no parse, no serialisation). */
export function documentFields(r: StoredDocument): StoredDocument {
  return r.docJson !== undefined ? { docJson: r.docJson } : { doc: r.doc };
}

/** The counts of a stored design (read from the document for records stored before the counts). */
export function countsOf(r: StoredDesign): DesignCounts {
  if (r.docName !== undefined && r.stages !== undefined && r.steps !== undefined) return { docName: r.docName, stages: r.stages, steps: r.steps };
  const doc = storedDocument(r);
  return { docName: doc.name, stages: doc.stages.length, steps: doc.stages.reduce((n, s) => n + s.steps.length, 0) };
}

/** A stored design as the app uses it (the document parsed). */
export function fromStoredDesign(r: StoredDesign): DesignRecord {
  return { id: r.id, title: r.title, doc: storedDocument(r), scenarios: r.scenarios, createdAt: r.createdAt, updatedAt: r.updatedAt, revision: r.revision };
}

/**
 * A stored version as the app uses it. Its document is parsed when first read (a checkpoint's
 * caller reads the revision and the name; the history reads the document), or is `doc` when the
 * caller has it at hand.
 */
export function fromStoredVersion(v: StoredVersion, doc?: Orchestration): VersionRecord {
  const { docJson: _text, doc: _object, ...fields } = v;
  let parsed = doc;
  return {
    ...fields,
    get doc() {
      return (parsed ??= storedDocument(v));
    },
  };
}

/** `r` to store, its document given as already serialised. */
export function toStoredDesign(r: Omit<DesignRecord, 'doc'>, serialised: SerialisedDocument): StoredDesign {
  return { id: r.id, title: r.title, scenarios: r.scenarios, createdAt: r.createdAt, updatedAt: r.updatedAt, revision: r.revision, ...serialised };
}
