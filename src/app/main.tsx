import '@xyflow/react/dist/style.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../index.css';
import { App } from './App';
import { beginEarlyStart } from './earlyStart';
import { startSource } from './sampleSource';
import { installEditorCore } from './useStartDocument';

const core = installEditorCore();

/** `/?bench=bare`: a bare React Flow page showing the same nodes and edges, for the UI benchmark. */
const BareFlowBench = lazy(() => import('./BareFlowBench'));
const bare = new URLSearchParams(window.location.search).get('bench') === 'bare';
// before the page's load event (earlyStart.ts): a script reading the document right after navigating finds the sample
if (!bare) beginEarlyStart(startSource(window.location.search, window.location.hash), core);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {bare ? (
      <Suspense fallback={null}>
        <BareFlowBench />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
