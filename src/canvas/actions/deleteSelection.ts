/** Deletes the selected elements and connectors as one edit. */
import { deleteElements } from '../../commands/deleteElements';
import type { LinkRef } from '../../commands/links';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { linkOfEdgeId } from '../edgeIds';

export function deleteSelection(): boolean {
  const { selected, edges } = useSelectionStore.getState();
  const links = edges.map(linkOfEdgeId).filter((l): l is LinkRef => !!l);
  if (!selected.length && !links.length) return false;
  useDocumentStore.getState().dispatch(deleteElements, { names: selected, links });
  useSelectionStore.getState().clear();
  return true;
}
