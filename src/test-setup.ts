import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for the thing up to 10 s, not Testing Library's 1 s: with two runs on one
// core (the CI machine has 2 cores for the whole suite) PropertiesPanel.test's flow catalog came
// 0.8 s into that 1 s. A wait still fails when the thing never comes, 10 s later.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
