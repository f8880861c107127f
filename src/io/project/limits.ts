/**
 * Caps on what a project may hold, so that an untrusted folder or archive cannot exhaust memory:
 * how many entries are listed, how many of them are kept to be read (only files a reader may read
 * count: mayBeRead.ts), how large one flow file may be (the XML importer's own cap), and how much
 * flow text a project may hold in all. An archive is also capped before it is inflated.
 */
import { MAX_XML_BYTES } from '../xml/parseXml';

export interface ProjectLimits {
  /** Files or archive entries kept to be read: flow, label and scenario files (mayBeRead.ts). */
  readonly maxEntries: number;
  /**
   * Object metadata files kept (fields, value sets: only the trigger objects' are read). Counted
   * apart, so an org's 30,000 field files never crowd its flows out.
   */
  readonly maxMetadataEntries: number;
  /**
   * Files, folders or archive entries listed, of any kind: a whole org's retrieve has 100,000 and
   * more (classes, layouts, reports…), passed over as they are listed; this bounds only the walk.
   */
  readonly maxListed: number;
  /** Bytes of one flow file (inflated). */
  readonly maxFileBytes: number;
  /** Bytes of all flow files together (inflated). */
  readonly maxTotalBytes: number;
  /** Bytes of a `.zip` archive itself. */
  readonly maxArchiveBytes: number;
}

export const DEFAULT_PROJECT_LIMITS: ProjectLimits = {
  maxEntries: 20_000,
  maxMetadataEntries: 100_000,
  maxListed: 1_000_000,
  maxFileBytes: MAX_XML_BYTES,
  maxTotalBytes: 100 * 1024 * 1024,
  maxArchiveBytes: 50 * 1024 * 1024,
};
