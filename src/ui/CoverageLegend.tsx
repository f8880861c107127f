/**
 * The key of the canvas's coverage overlay (the heats and what a badge counts). Shown in the run
 * panel's coverage section, beside the canvas rather than over it, so it never covers a node.
 */
import { HEAT_COLOR, HEAT_LABEL, type Heat } from './coverageHeat';

const HEATS: readonly Heat[] = ['never', 'some', 'all'];

export function CoverageLegend() {
  return (
    <div role="group" aria-label="Coverage legend" className="text-xs text-ink-800">
      <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
        {HEATS.map((heat) => (
          <li key={heat} className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-4 rounded-sm" style={{ border: `2px ${heat === 'never' ? 'dashed' : 'solid'} ${HEAT_COLOR[heat].line}`, background: HEAT_COLOR[heat].fill }} />
            {HEAT_LABEL[heat]}
          </li>
        ))}
      </ul>
      <p className="mt-0.5 text-ink-600">Badges on the canvas: scenarios reaching the element.</p>
    </div>
  );
}
