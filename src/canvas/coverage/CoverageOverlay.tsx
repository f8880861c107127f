/**
 * The coverage heat overlay (run view, "Coverage" on): a tinted frame over each stage, step and
 * decision, by how many of the design's scenarios reached it — never reached stands out — with a
 * count badge (its tooltip says "2 of 3 scenarios reach Check", by the element's label; badgePlace
 * says where); the legend is in the run panel (ui/CoverageLegend.tsx), where it covers no node.
 * Drawn in React Flow's viewport over the nodes, never catching the pointer, so the node
 * components stay as they are.
 */
import { useNodes, useReactFlow, ViewportPortal } from '@xyflow/react';
import type { CoverageReport } from '../../store/createVerifySlice';
import { HEAT_COLOR, heatOf, heatTitle } from './heat';
import { useCoverageReport } from './useCoverageReport';

/**
 * Above every node, a selected one too (React Flow lifts those by 1000): a cell's translate makes
 * it a stacking context of its own, so the cell, not only its badge, must rise over the cards.
 */
const OVER_NODES = 2000;

/**
 * Where a badge sits, clear of its element's text and problem marker (`.sf-marker`, nodes.css). A
 * stage's astride its top edge at the right, over the header's padding, because a long stage label
 * wraps across the whole header and a badge inside it would cover its end; left of the marker when
 * there is one. A step's and a decision's astride their bottom edge at the right, in the card's
 * bottom padding and below it: inside the box, in the bottom-right corner, it lay on the end of
 * the last line — a decision's one-line label ("Large loan?" on loan-approval) or a step's
 * full-width chip ("Assigned to $Record.Owner:User.Username") — the padding under them being
 * narrower than the badge. Their markers are at the top, so they never meet.
 */
function badgePlace(isStage: boolean, problems: number): React.CSSProperties {
  // the marker: 8px from the top right, at least 20px wide, wider when it counts problems
  const marker = problems === 0 ? 0 : problems > 1 ? 32 : 24;
  // the badge is 16px tall; -10px from the cell's padding edge puts it 8px beyond the element's
  // outer edge and 8px inside it, less than a card's text is in from its edge (a 2px border and
  // 8px padding; a stage header's text 10px down)
  return isStage ? { right: 4 + marker, top: -10 } : { right: 8, bottom: -10 };
}

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
        const problems = (node.data as { problems?: readonly string[] }).problems?.length ?? 0;
        return (
          <div
            key={node.id}
            data-coverage-element={node.id}
            data-coverage-runs={count}
            data-heat={heat}
            className="absolute rounded"
            style={{
              transform: `translate(${x}px, ${y}px)`, width, height, pointerEvents: 'none', zIndex: OVER_NODES,
              // a stage is framed, not filled: its steps carry their own heat
              border: `${heat === 'never' ? 3 : 2}px ${heat === 'never' ? 'dashed' : 'solid'} ${color.line}`,
              background: isStage ? 'transparent' : color.fill,
            }}
          >
            <span
              // by its label, as the card and the run panel's Coverage name it (the API name is no word the admin reads here)
              title={heatTitle((node.data as { label?: string }).label || node.id, count, report.runs)}
              data-coverage-badge
              className="absolute rounded-full px-1.5 text-[11px] font-semibold leading-4 ring-1 ring-white"
              // white written out: the heat colours are the same in both themes, while text-white is
              // dark ink in dark mode (3.5:1 on the green)
              style={{ ...badgePlace(isStage, problems), background: color.line, color: '#ffffff', pointerEvents: 'auto' }}
            >
              {count}/{report.runs}
            </span>
          </div>
        );
      })}
    </ViewportPortal>
  );
}

export function CoverageOverlay() {
  const report = useCoverageReport();
  if (!report) return null;
  return (
    <CoverageCells report={report} />
  );
}
