import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for the thing up to 10 s, not Testing Library's 1 s: on the CI machine
// (2 cores, the whole suite at once) a first render that loads its modules took 0.8 s of that 1 s
// in PropertiesPanel.test, and a wait that passes fails only when the thing never comes.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
