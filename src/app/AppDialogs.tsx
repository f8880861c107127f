/** The app's modal dialogs: keyboard help, import report, design library, scenarios and Compare with… (the last three loaded when first opened). */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { selectDialog } from '../store/selectors';
import { HelpDialog } from './HelpDialog';
import { ImportReport } from './ImportReport';

const LibraryDialog = lazy(() => import('../panels/library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
const CompareDialog = lazy(() => import('../panels/compare/CompareDialog').then((m) => ({ default: m.CompareDialog })));
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
        {dialog === 'scenarios' && <ScenarioEditor onClose={close} />}
        {dialog === 'compare' && <CompareDialog onClose={close} />}
      </Suspense>
    </>
  );
}
