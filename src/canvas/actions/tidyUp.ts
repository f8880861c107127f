/** Tidy up: the automatic arrangement for the whole design, as one undoable edit, then a fresh frame. */
import { tidyLayout } from '../../commands/tidyLayout';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';

export function tidyUp(): void {
  useDocumentStore.getState().dispatch(tidyLayout, {});
  useUiStore.getState().requestFit();
}
