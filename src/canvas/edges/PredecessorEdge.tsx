/**
 * "Waits for": from the bottom of a card to the top of the card that waits for it. When other cards
 * stand between them (or they are not in one column) the link goes round the right side of the
 * cards instead, from the middle of one card's side to the other's, so it never crosses a card.
 */
import { BaseEdge, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { STEP_WIDTH } from '../geometry';
import { STEP_LINK_BEYOND } from '../nodeHandles';
import type { DesignEdge } from '../types';

function PredecessorEdgeView(props: EdgeProps<DesignEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, interactionWidth } = props;
  const side = data?.side;
  const [path] = side
    ? getSmoothStepPath({
        // the ends are the outer edges of the handles at the middle of the bottom (source) and the top
        // (target); the heights are the cards' as drawn (in a run a started card is shorter, startedCards.ts)
        sourceX: sourceX + STEP_WIDTH / 2, sourceY: sourceY - STEP_LINK_BEYOND - side.sourceHeight / 2, sourcePosition: Position.Right,
        targetX: targetX + STEP_WIDTH / 2, targetY: targetY + STEP_LINK_BEYOND + side.targetHeight / 2, targetPosition: Position.Right,
        borderRadius: 8,
        offset: 18,
      })
    : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 });
  return <BaseEdge path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />;
}

export const PredecessorEdge = memo(PredecessorEdgeView);
