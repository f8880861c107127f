// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Bomb({ explode }: { explode: boolean }) {
  if (explode) throw new Error('the panel broke');
  return <p>panel content</p>;
}

function Page() {
  const [explode, setExplode] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setExplode(false)}>fix</button>
      <ErrorBoundary area="properties panel"><Bomb explode={explode} /></ErrorBoundary>
      <p>the canvas is still here</p>
    </>
  );
}

it('shows what went wrong in one area and keeps the rest of the page alive; Try again recovers', () => {
  // given
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  // when
  render(<Page />);
  // then
  expect(screen.getByRole('alert')).toHaveTextContent('The properties panel hit a problem: the panel broke');
  expect(screen.getByText('the canvas is still here')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'fix' }));
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(screen.getByText('panel content')).toBeInTheDocument();
  spy.mockRestore();
});
