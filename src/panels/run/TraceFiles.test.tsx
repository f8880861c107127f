// @vitest-environment jsdom
/**
 * Load trace file: a file past the 20 MB cap is refused before it is read, its size in the unit of
 * the limit — it said '21.0 MB; traces up to 20 MB can be opened' of a file of 20 MB and a byte
 * (sizes in millions of bytes, the limit in megabytes of 1,024 KB).
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { resetStores } from '../testing/renderPanel';
import { TraceFiles } from './TraceFiles';

beforeEach(() => resetStores());

function choose(size: number): void {
  const file = new File(['{}'], 'big-trace.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
  fireEvent.change(screen.getByLabelText('Trace file'), { target: { files: [file] } });
}

it('refuses a trace file past 20 MB naming both sizes in one unit, never a size that reads as the limit', async () => {
  render(<TraceFiles />);
  // when a file of 20 MB and a byte is chosen
  choose(20 * 1024 * 1024 + 1);
  // then
  expect(await screen.findByRole('alert')).toHaveTextContent('big-trace.json: the file is 20971521 bytes, more than the 20 MB limit of a trace.');
  // and one of 21 MB is said as 21 MB
  choose(21 * 1024 * 1024);
  expect(await screen.findByRole('alert')).toHaveTextContent('big-trace.json: the file is 21.0 MB, more than the 20 MB limit of a trace.');
});
