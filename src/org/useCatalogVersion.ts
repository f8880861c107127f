/**
 * A number that changes whenever the document's flow catalog changes (an edit, undo, import), so
 * that org queries keyed on it refetch.
 */
import { useDocumentStore } from '../store/documentStore';

const versions = new WeakMap<object, number>();
let nextVersion = 1;
const EMPTY: readonly unknown[] = [];

function versionOf(flows: object): number {
  let v = versions.get(flows);
  if (v === undefined) {
    v = nextVersion++;
    versions.set(flows, v);
  }
  return v;
}

export function useCatalogVersion(): number {
  const flows = useDocumentStore((s) => s.doc.flows ?? EMPTY);
  return versionOf(flows);
}
