/**
 * API versions (FORMAT.md §1 `apiVersion`, docs/decisions.md "Defaults for missing fields"). The
 * rules that depend on the version (R20 sync/async, R40–R46 run-as) read `apiVersionOf(doc)`.
 */

/** The oldest and newest versions the format accepts. */
export const MIN_API_VERSION = 50;
export const MAX_API_VERSION = 66;

/** A JSON document without `apiVersion` is read as the newest version the format allows. */
export const DEFAULT_API_VERSION = MAX_API_VERSION;

/**
 * Salesforce Flow XML: what the writer puts in `<apiVersion>` when the design has none, what
 * the reader assumes for a file without one (docs/xml.md), and what a new design starts with.
 */
export const XML_DEFAULT_API_VERSION = 63;

/** The API version a document's rules follow. */
export function apiVersionOf(doc: { apiVersion?: number | undefined }): number {
  return doc.apiVersion ?? DEFAULT_API_VERSION;
}
