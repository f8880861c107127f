/** The page layout: header with toolbar, palette and outline, canvas, properties or run panel. Layout only. */
import { lazy, Suspense } from 'react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { Palette } from '../canvas/Palette';
import { useShortcuts } from '../canvas/useShortcuts';
import { OutlineView } from '../panels/outline/OutlineView';
import { exitRun } from '../panels/run/runActions';
import { useDocumentStore } from '../store/documentStore';
import { selectDocLabel } from '../store/selectors';
import { useUiStore } from '../store/uiStore';
import { AppDialogs } from './AppDialogs';
import { ErrorBoundary } from './ErrorBoundary';
import { HelpDialog } from './HelpDialog';
import { Notices } from './Notices';
import { SaveStatus } from './SaveStatus';
import { Toolbar } from './Toolbar';
import { useStartDocument } from './useStartDocument';

// Loaded after the shell: the panels are the largest part of the app and the canvas comes first.
const PropertiesPanel = lazy(() => import('../panels/PropertiesPanel').then((m) => ({ default: m.PropertiesPanel })));
const RunControls = lazy(() => import('../panels/run/RunControls').then((m) => ({ default: m.RunControls })));
const RunSidebar = lazy(() => import('../panels/run/RunSidebar').then((m) => ({ default: m.RunSidebar })));
const panelFallback = <p className="p-3 text-sm text-ink-600">Loading…</p>;
const FOLD_BUTTON = 'rounded px-1.5 text-ink-600 hover:bg-brand-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

export function App() {
  const label = useDocumentStore(selectDocLabel);
  const running = useUiStore((s) => s.mode === 'run');
  const folded = useUiStore((s) => s.sideFolded);
  const setFolded = (folded: boolean) => {
    useUiStore.getState().setSideFolded(folded);
    // Re-frame once the canvas has its new width.
    setTimeout(() => useUiStore.getState().requestFit(), 60);
  };
  const { loading } = useStartDocument();
  useShortcuts();

  return (
    <div className="flex h-screen flex-col bg-white text-ink-800">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-ink-400/30 px-4 py-2">
        <span className="text-sm font-bold tracking-wide text-brand-700">Stageflow</span>
        <h1 className="min-w-0 flex-1 truncate text-lg font-semibold text-ink-800" title={label}>
          {loading ? 'Loading…' : label}
        </h1>
        <SaveStatus />
        {!running && <Toolbar />}
      </header>
      {running && (
        <Suspense fallback={<div className="h-12 border-b border-ink-400/30" />}>
          <RunControls onExit={exitRun} />
        </Suspense>
      )}
      <div className="flex min-h-0 flex-1">
        {folded ? (
          <div className="flex w-9 shrink-0 flex-col items-center border-r border-ink-400/30 bg-gray-50 pt-2">
            <button type="button" aria-label="Show the palette and outline" title="Show the palette and outline" aria-expanded="false" className={FOLD_BUTTON} onClick={() => setFolded(false)}>»</button>
          </div>
        ) : (
          <div className="flex w-52 shrink-0 flex-col overflow-hidden border-r border-ink-400/30 bg-gray-50">
            <div className="flex justify-end px-1 pt-1">
              <button type="button" aria-label="Hide the palette and outline" title="Hide the palette and outline (more room for the canvas)" aria-expanded="true" className={FOLD_BUTTON} onClick={() => setFolded(true)}>«</button>
            </div>
            {!running && (
              <nav aria-label="Palette" className="shrink-0">
                <Palette />
              </nav>
            )}
            <div className="min-h-0 flex-1 overflow-y-auto border-t border-ink-400/30">
              <ErrorBoundary area="outline">
                <OutlineView />
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
            <FlowCanvas />
          </ErrorBoundary>
          <Notices />
        </main>
        <div className="w-96 shrink-0 border-l border-ink-400/30">
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
      <HelpDialog />
      <AppDialogs />
    </div>
  );
}
