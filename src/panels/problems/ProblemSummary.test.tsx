// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemSummary } from './ProblemSummary';

describe('ProblemSummary', () => {
  it('lists errors before warnings, as stageflow validate prints them, whatever order they were found in', () => {
    render(
      <ProblemSummary
        problems={[
          { path: 'extensions', message: 'a warning found first', severity: 'warning' },
          { path: 'variables', message: 'an error', severity: 'error' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['an error', 'Warning: a warning found first']);
  });
});
