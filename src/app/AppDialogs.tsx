/** The app's modal dialogs: keyboard help, import report, design library and scenarios (the last two loaded when first opened). */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { selectDialog } from '../store/selectors';
import { HelpDialog } from './HelpDialog';
import { ImportReport } from './ImportReport';

const LibraryDialog = lazy(() => import('../panels/library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
const ScenarioEditor = lazy(() => import('../panels/scenario/ScenarioEditor').then((m) => ({ default: m.ScenarioEditor })));

const close = () => useAppStore.getState().setDialog(null);

export function AppDialogs() {
  const dialog = useAppStore(selectDialog);
  return (
    <>
      <HelpDialog />
      <ImportReport />
      <Suspense fallback={null}>
        {dialog === 'library' && <LibraryDialog onClose={close} />}
        {dialog === 'versions' && <LibraryDialog onClose={close} showVersionsOfOpenDesign />}
        {dialog === 'scenarios' && <ScenarioEditor onClose={close} />}
      </Suspense>
    </>
  );
}
