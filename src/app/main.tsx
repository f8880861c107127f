import '@xyflow/react/dist/style.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../index.css';
import { App } from './App';
import { Providers } from './Providers';
import { installEditorCore } from './useStartDocument';

installEditorCore();

/** `/?bench=bare&n=…`: a bare React Flow page with the same node count, for the UI benchmark. */
const BareFlowBench = lazy(() => import('./BareFlowBench'));
const bare = new URLSearchParams(window.location.search).get('bench') === 'bare';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {bare ? (
      <Suspense fallback={null}>
        <BareFlowBench />
      </Suspense>
    ) : (
      <Providers>
        <App />
      </Providers>
    )}
  </StrictMode>,
);
