import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../index.css';

function App() {
  return <main className="p-4 text-brand-900">Stageflow</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
