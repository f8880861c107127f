/**
 * The heat of an element in the coverage overlay: how many of the design's scenarios reached it.
 * Never reached stands out (red, dashed); reached by some is amber; reached by every one is green.
 */
export type Heat = 'never' | 'some' | 'all';

export function heatOf(count: number, runs: number): Heat {
  if (count === 0) return 'never';
  return count >= runs ? 'all' : 'some';
}

export const HEAT_LABEL: Readonly<Record<Heat, string>> = {
  never: 'Never reached',
  some: 'Reached in some scenarios',
  all: 'Reached in every scenario',
};

/** Colours of each heat (outline, fill): readable on the canvas's white and on the status colours. */
export const HEAT_COLOR: Readonly<Record<Heat, { line: string; fill: string }>> = {
  never: { line: '#b91c1c', fill: 'rgba(185, 28, 28, 0.16)' },
  some: { line: '#b45309', fill: 'rgba(217, 119, 6, 0.14)' },
  all: { line: '#15803d', fill: 'rgba(21, 128, 61, 0.10)' },
};

/** `2 of 3 scenarios reach Check`: a cell's tooltip. */
export function heatTitle(element: string, count: number, runs: number): string {
  const of = `${runs} scenario${runs === 1 ? '' : 's'}`;
  return count === 0 ? `None of ${of} reaches ${element}` : `${count} of ${of} reach${count === 1 ? 'es' : ''} ${element}`;
}
