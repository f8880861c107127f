/** The page layout: header with toolbar, palette and outline, canvas, properties or run panel. Layout only. */
import { lazy, Suspense, useEffect, type ChangeEvent } from 'react';
import { ActionPortsProvider } from '../actions/ActionPorts';
import { importFile } from '../actions/importFile';
import { useShortcuts } from '../actions/useShortcuts';
import { useAppStore } from '../store/appStore';
import { selectDocLabel, selectRunning } from '../store/selectors';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { AppDialogs } from './AppDialogs';
import { Notices } from './Notices';
import { ConflictBar } from './ConflictBar';
import { SaveStatus } from './SaveStatus';
import { SidePanelToggle } from './SidePanelToggle';
import { SkipLinks } from './SkipLinks';
import { loadWithQueries } from './lazyWithQueries';
import { preloadableLazy } from './preloadableLazy';
import { useAppPorts } from './useAppPorts';
import { isZipName, type DroppedItems } from './project/droppedItems';
import { openProjectFlows } from './project/projectState';
import { useFileDrop } from './useFileDrop';
import { useStartDocument } from './useStartDocument';
import { useFocusRescue } from './useFocusRescue';
import { useTheme } from './useTheme';

// Loaded after the shell: the panels are the largest part of the app and the canvas comes first.
const PropertiesPanel = lazy(() => import('../panels/PropertiesPanel').then((m) => ({ default: m.PropertiesPanel })));
// The run view's parts are loaded while the page is idle (useRunViewPreload), so pressing Run shows them at once.
const RunControls = preloadableLazy(() => import('../panels/run/RunControls').then((m) => m.RunControls));
// Not needed for the first paint (the shell); each comes a moment later, with or before the start design.
const CanvasArea = lazy(() => import('./CanvasArea'));
const Palette = preloadableLazy(() => import('../canvas/Palette').then((m) => m.Palette));
const OutlineView = lazy(() => import('../panels/outline/OutlineView').then((m) => ({ default: m.OutlineView })));
const RunSidebar = preloadableLazy(() => loadWithQueries(() => import('../panels/run/RunSidebar').then((m) => m.RunSidebar)));
// The toolbar (with its menu and tooltip library) comes with the editing tools, after the canvas.
const Toolbar = preloadableLazy(() => import('./Toolbar').then((m) => m.Toolbar));
const RunViewTools = preloadableLazy(() => import('./Toolbar').then((m) => m.RunViewTools));
const panelFallback = <p className="p-3 text-sm text-ink-600">Loading…</p>;

const openDropped = (drop: DroppedItems) => import('./project/openProject').then((m) => m.openDroppedProject(useAppStore, drop));
const importChosen = (event: ChangeEvent<HTMLInputElement>) => {
  const file = event.target.files?.[0];
  event.target.value = '';
  // a project's .zip chosen in Import opens as a project, as when it is dropped
  if (file && isZipName(file.name)) void openDropped({ files: [file], entries: [] });
  // a Flow XML orchestration imported while a project is open calls that project's flows
  else if (file) void importFile(useAppStore, file, openProjectFlows());
};
const importDropped = (file: File) => importFile(useAppStore, file, openProjectFlows());

/**
 * Once the start design is open, loads what Run needs while the page is idle: a UI-CONTRACT script
 * that presses Run and reads the Timeline, Play or the trace at once finds them (a lazy part shown
 * by the click would appear a task later; the engine computes a small run in the click,
 * player/computeTrace.ts). A part that fails to load here loads again when shown.
 */
function useRunViewPreload(started: boolean): void {
  useEffect(() => {
    if (!started) return;
    const preload = () => {
      for (const part of [RunControls, RunSidebar]) part.preload().catch(() => undefined);
      useAppStore.getState().prepareRuns().catch(() => undefined);
    };
    if (typeof requestIdleCallback !== 'function') return preload();
    const idle = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, [started]);
}

/**
 * The editing tools (toolbar, palette) are shown once the start has finished; loaded while it runs
 * (the start sample's scenarios being fetched), they are there in the render that shows them, not
 * a chunk's download later. A part that fails to load here loads again when shown.
 */
function useEditingToolsPreload(): void {
  useEffect(() => {
    for (const part of [Toolbar, Palette]) part.preload().catch(() => undefined);
  }, []);
}

export function App() {
  const { ports, fileInput } = useAppPorts();
  return (
    <ActionPortsProvider ports={ports}>
      <Page fileInput={fileInput} />
    </ActionPortsProvider>
  );
}

function Page({ fileInput }: { fileInput: ReturnType<typeof useAppPorts>['fileInput'] }) {
  const label = useAppStore(selectDocLabel);
  const running = useAppStore(selectRunning);
  const folded = useAppStore((s) => s.sideFolded);
  // The editing tools come with the editor core and the start design (a moment after the shell).
  const started = useAppStore((s) => !s.starting);
  const editing = started && !running;
  const { loading } = useStartDocument();
  useEditingToolsPreload();
  useRunViewPreload(started);
  useShortcuts();
  useTheme();
  useFocusRescue();
  useFileDrop(running ? null : importDropped, openDropped);

  return (
    <div className="relative flex h-screen flex-col bg-white text-ink-800">
      <SkipLinks />
      <header className="flex flex-nowrap items-center gap-x-4 gap-y-1 border-b border-ink-400/30 px-4 py-1">
        <span className="text-sm font-bold tracking-wide text-brand-700">Stageflow</span>
        {/* the save status under the title, as Flow Builder shows a flow's status under its label:
            beside it, it took 130 px of the title's room, and at 1280 px a 35-character label was cut */}
        <div className="flex min-w-0 flex-1 flex-col">
          <h1 className="truncate text-lg leading-6 font-semibold text-ink-800" title={label}>
            {loading ? 'Loading…' : label}
          </h1>
          <SaveStatus />
        </div>
        {editing && (
          <Suspense fallback={null}>
            <Toolbar fileInput={fileInput} onFileChosen={importChosen} />
          </Suspense>
        )}
        {running && (
          <Suspense fallback={null}>
            <RunViewTools />
          </Suspense>
        )}
      </header>
      {/* what takes room from the canvas's pane here (the conflict bar, the run controls, the folded
          column) is selectCanvasShell's: the canvas frames an opened design before commit while it stays */}
      <ConflictBar />
      {running && (
        <Suspense fallback={<div className="h-12 border-b border-ink-400/30" />}>
          <RunControls />
        </Suspense>
      )}
      <div className="flex min-h-0 flex-1">
        {folded ? (
          <div className="flex w-9 shrink-0 flex-col items-center border-r border-ink-400/30 bg-gray-50 pt-2">
            <SidePanelToggle folded />
          </div>
        ) : (
          <div className="flex w-52 shrink-0 flex-col overflow-hidden border-r border-ink-400/30 bg-gray-50 [overflow-wrap:anywhere]">
            <div className="flex justify-end px-1 pt-1">
              <SidePanelToggle folded={false} />
            </div>
            {editing && (
              <nav aria-label="Palette" className="shrink-0">
                <Suspense fallback={null}>
                  <Palette />
                </Suspense>
              </nav>
            )}
            <div className="min-h-0 flex-1 overflow-y-auto border-t border-ink-400/30">
              <ErrorBoundary area="outline">
                <Suspense fallback={null}>
                  <OutlineView />
                </Suspense>
              </ErrorBoundary>
            </div>
          </div>
        )}
        <main className="relative min-w-0 flex-1">
          {loading && (
            <p role="status" className="absolute left-1/2 top-1/2 -translate-x-1/2 text-ink-600">
              Loading the sample design…
            </p>
          )}
          <ErrorBoundary area="canvas">
            <Suspense fallback={null}>
              <CanvasArea />
            </Suspense>
          </ErrorBoundary>
          <Notices />
        </main>
        {/* overflow-wrap is inherited: an API name of 40 characters without a space wraps instead of running out of the column */}
        <div id="side-panel" tabIndex={-1} className="w-96 shrink-0 border-l border-ink-400/30 [overflow-wrap:anywhere] focus:outline-none">
          {running ? (
            <ErrorBoundary area="run panel">
              <Suspense fallback={panelFallback}>
                <RunSidebar />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <ErrorBoundary area="properties panel">
              <Suspense fallback={panelFallback}>
                <PropertiesPanel />
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
      </div>
      <AppDialogs />
    </div>
  );
}
