// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemMarker } from './ProblemMarker';

describe('ProblemMarker (docs/editor.md, chosen)', () => {
  it('is muted (outlined, "↳") when every problem only follows from an error elsewhere', () => {
    render(<ProblemMarker problems={['Follows from the error at Step “A” in stage “Main” (Flow): stage "Main" can never complete']} invalid={false} consequencesOnly />);
    const marker = screen.getByRole('img', { name: /^Warning: Follows from the error at Step “A”/ });
    expect(marker).toHaveClass('sf-consequence');
    expect(marker).toHaveTextContent('↳');
  });

  it('stays an ordinary warning or error marker otherwise', () => {
    render(
      <>
        <ProblemMarker problems={['w']} invalid={false} />
        <ProblemMarker problems={['e']} invalid consequencesOnly />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Warning: w' })).not.toHaveClass('sf-consequence');
    expect(screen.getByRole('img', { name: 'Warning: w' })).toHaveTextContent('?');
    expect(screen.getByRole('img', { name: 'Error: e' })).toHaveClass('sf-error');
  });
});
