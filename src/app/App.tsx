/** The page layout: header with toolbar, palette, canvas, properties panel. Layout only. */
import { FlowCanvas } from '../canvas/FlowCanvas';
import { Palette } from '../canvas/Palette';
import { useShortcuts } from '../canvas/useShortcuts';
import { PropertiesPanel } from '../panels/PropertiesPanel';
import { useDocumentStore } from '../store/documentStore';
import { selectDocLabel } from '../store/selectors';
import { ErrorBoundary } from './ErrorBoundary';
import { HelpDialog } from './HelpDialog';
import { Notices } from './Notices';
import { Toolbar } from './Toolbar';
import { useStartDocument } from './useStartDocument';

export function App() {
  const label = useDocumentStore(selectDocLabel);
  const { loading } = useStartDocument();
  useShortcuts();

  return (
    <div className="flex h-screen flex-col bg-white text-ink-800">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-ink-400/30 px-4 py-2">
        <span className="text-sm font-bold tracking-wide text-brand-700">Stageflow</span>
        <h1 className="min-w-0 flex-1 truncate text-lg font-semibold text-ink-800" title={label}>
          {loading ? 'Loading…' : label}
        </h1>
        <Toolbar />
      </header>
      <div className="flex min-h-0 flex-1">
        <nav aria-label="Palette" className="w-52 shrink-0 overflow-y-auto border-r border-ink-400/30 bg-gray-50">
          <Palette />
        </nav>
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
        <div className="w-80 shrink-0 border-l border-ink-400/30">
          <ErrorBoundary area="properties panel">
            <PropertiesPanel />
          </ErrorBoundary>
        </div>
      </div>
      <HelpDialog />
    </div>
  );
}
