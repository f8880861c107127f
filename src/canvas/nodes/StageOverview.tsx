/**
 * A big design's stage draws its step cards itself, as one SVG path per colour (stageOverview.ts):
 * the kind colour while editing, the status colour in a run, while its steps are not React Flow
 * nodes (shownElements.ts gives the stage without its sketch when they are: the sketch and the
 * cards swap in the same update, so nothing flickers). The stage subscribes to its own steps'
 * statuses only (one string), so a run re-renders a stage only when one of its steps changes.
 */
import { memo, useCallback, useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectRunShown } from '../../store/selectors';
import type { AppState } from '../../store/storeTypes';
import type { AnyStatus } from '../../ui/statusStyles';
import { sketchPaths } from '../stageOverview';
import type { StepSketch } from '../types';

interface Props {
  overview: readonly StepSketch[];
  width: number;
  height: number;
}

function StageOverviewView({ overview, width, height }: Props) {
  const selectStatuses = useCallback(
    (s: AppState) => (selectRunShown(s) ? overview.map((o) => s.snapshot!.steps[o.name] ?? 'NotStarted').join(',') : ''),
    [overview],
  );
  const statuses = useAppStore(selectStatuses);
  const paths = useMemo(() => sketchPaths(overview, statuses ? (statuses.split(',') as AnyStatus[]) : null), [overview, statuses]);
  return (
    <svg className="sf-overview" width={width} height={height} aria-hidden="true" data-steps={overview.length}>
      {paths.map((p) => (
        <path key={p.colour} className={`sf-sketch sf-sketch-${p.colour}`} data-colour={p.colour} data-count={p.count} d={p.d} />
      ))}
    </svg>
  );
}

export const StageOverview = memo(StageOverviewView);
