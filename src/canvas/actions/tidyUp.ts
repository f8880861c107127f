/** Runs auto-layout and records the result as one undoable edit. */
import { tidyLayout } from '../../commands/tidyLayout';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { computeTidyLayout } from '../layout/tidyUp';

export async function tidyUp(): Promise<void> {
  const doc = useDocumentStore.getState().doc;
  try {
    const layout = await computeTidyLayout(doc);
    if (useDocumentStore.getState().doc !== doc) return; // edited meanwhile: do not overwrite
    useDocumentStore.getState().dispatch(tidyLayout, { layout });
    useUiStore.getState().requestFit();
  } catch (error) {
    useUiStore.getState().notify('error', `Tidy up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
