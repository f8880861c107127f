/** The app's modal dialogs: design library and scenarios (loaded when first opened). */
import { lazy, Suspense } from 'react';
import { useUiStore } from '../store/uiStore';

const LibraryDialog = lazy(() => import('../panels/library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
const ScenarioEditor = lazy(() => import('../panels/scenario/ScenarioEditor').then((m) => ({ default: m.ScenarioEditor })));

export function AppDialogs() {
  const dialog = useUiStore((s) => s.dialog);
  const close = () => useUiStore.getState().setDialog(null);
  return (
    <Suspense fallback={null}>
      {dialog === 'library' && <LibraryDialog onClose={close} />}
      {dialog === 'scenarios' && <ScenarioEditor onClose={close} />}
    </Suspense>
  );
}
