/** The app's modal dialogs: keyboard help, import report, a project's orchestrations, design library, Save version, scenarios and Compare with… (the last five loaded when first opened). */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { selectDialog } from '../store/selectors';
import { EscapeWhileLoading } from './EscapeWhileLoading';
import { HelpDialog } from './HelpDialog';
import { ImportReport } from './ImportReport';
import { lazyWithQueries } from './lazyWithQueries';
import { ProjectFolderInput } from './project/ProjectFolderInput';
import { useProjectSession } from './project/projectState';

const LibraryDialog = lazyWithQueries(() => import('../panels/library/LibraryDialog').then((m) => m.LibraryDialog));
const CompareDialog = lazyWithQueries(() => import('../panels/compare/CompareDialog').then((m) => m.CompareDialog));
const ProjectPicker = lazy(() => import('./project/ProjectPicker').then((m) => ({ default: m.ProjectPicker })));
const SaveVersionDialog = lazyWithQueries(() => import('../panels/library/SaveVersionDialog').then((m) => m.SaveVersionDialog));
const ScenarioEditor = lazy(() => import('../panels/scenario/ScenarioEditor').then((m) => ({ default: m.ScenarioEditor })));

const close = () => useAppStore.getState().setDialog(null);
/** Escape while a dialog's code loads: the opening is cancelled (the project picker's too). */
const cancelOpening = () => {
  if (useAppStore.getState().dialog !== null) close();
  else useProjectSession.setState({ picking: null });
};

export function AppDialogs() {
  const dialog = useAppStore(selectDialog);
  const picking = useProjectSession((s) => s.picking !== null);
  return (
    <>
      <HelpDialog />
      <ImportReport />
      <ProjectFolderInput />
      <Suspense fallback={<EscapeWhileLoading onEscape={cancelOpening} />}>
        {dialog === 'library' && <LibraryDialog onClose={close} />}
        {dialog === 'versions' && <LibraryDialog onClose={close} showVersionsOfOpenDesign />}
        {dialog === 'saveVersion' && <SaveVersionDialog onClose={close} />}
        {dialog === 'scenarios' && <ScenarioEditor onClose={close} />}
        {dialog === 'compare' && <CompareDialog onClose={close} />}
        {picking && <ProjectPicker />}
      </Suspense>
    </>
  );
}
