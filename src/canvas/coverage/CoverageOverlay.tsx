/**
 * The coverage heat overlay (run view, "Coverage" on): a tinted frame over each stage, step and
 * decision, by how many of the design's scenarios reached it — never reached stands out — with a
 * count badge (its tooltip says "2 of 3 scenarios reach Check") and a legend. Drawn in React
 * Flow's viewport over the nodes, never catching the pointer, so the node components stay as
 * they are.
 */
import { Panel, useNodes, useReactFlow, ViewportPortal } from '@xyflow/react';
import type { CoverageReport } from '../../store/createVerifySlice';
import { HEAT_COLOR, HEAT_LABEL, heatOf, heatTitle, type Heat } from './heat';
import { useCoverageReport } from './useCoverageReport';

const HEATS: readonly Heat[] = ['never', 'some', 'all'];

function CoverageCells({ report }: { report: CoverageReport }) {
  const nodes = useNodes(); // re-drawn when nodes are measured or moved
  const { getInternalNode } = useReactFlow();
  return (
    <ViewportPortal>
      {nodes.map((node) => {
        const count = report.elements[node.id];
        const internal = getInternalNode(node.id);
        if (count === undefined || !internal) return null;
        const { x, y } = internal.internals.positionAbsolute;
        const width = internal.measured.width ?? node.width ?? 0;
        const height = internal.measured.height ?? node.height ?? 0;
        const heat = heatOf(count, report.runs);
        const color = HEAT_COLOR[heat];
        const isStage = node.type === 'stage';
        return (
          <div
            key={node.id}
            data-coverage-element={node.id}
            data-coverage-runs={count}
            data-heat={heat}
            className="absolute rounded"
            style={{
              transform: `translate(${x}px, ${y}px)`, width, height, pointerEvents: 'none',
              // a stage is framed, not filled: its steps carry their own heat
              border: `${heat === 'never' ? 3 : 2}px ${heat === 'never' ? 'dashed' : 'solid'} ${color.line}`,
              background: isStage ? 'transparent' : color.fill,
            }}
          >
            <span
              title={heatTitle(node.id, count, report.runs)}
              className="absolute -right-2 -top-2 rounded-full px-1.5 text-[10px] font-semibold leading-4 text-white"
              style={{ background: color.line, pointerEvents: 'auto' }}
            >
              {count}/{report.runs}
            </span>
          </div>
        );
      })}
    </ViewportPortal>
  );
}

function CoverageLegend({ report }: { report: CoverageReport }) {
  return (
    <Panel position="top-right">
      <div role="group" aria-label="Coverage legend" className="rounded border border-ink-400/40 bg-white/95 p-2 text-xs text-ink-800 shadow">
        <p className="font-semibold">
          Coverage: {report.overall.percent}% over {report.runs} scenario{report.runs === 1 ? '' : 's'}
        </p>
        <ul className="mt-1 space-y-0.5">
          {HEATS.map((heat) => (
            <li key={heat} className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-4 rounded-sm" style={{ border: `2px ${heat === 'never' ? 'dashed' : 'solid'} ${HEAT_COLOR[heat].line}`, background: HEAT_COLOR[heat].fill }} />
              {HEAT_LABEL[heat]}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-ink-600">Badges: scenarios reaching the element.</p>
      </div>
    </Panel>
  );
}

export function CoverageOverlay() {
  const report = useCoverageReport();
  if (!report) return null;
  return (
    <>
      <CoverageCells report={report} />
      <CoverageLegend report={report} />
    </>
  );
}
