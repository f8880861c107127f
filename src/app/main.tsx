import '@xyflow/react/dist/style.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../index.css';
import { App } from './App';
import { installEditorCore } from './useStartDocument';

installEditorCore();

/** `/?bench=bare`: a bare React Flow page showing the same nodes and edges, for the UI benchmark. */
const BareFlowBench = lazy(() => import('./BareFlowBench'));
const bare = new URLSearchParams(window.location.search).get('bench') === 'bare';

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
