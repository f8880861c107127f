import type { Position } from '../model/types';
import { defineCommand } from './command';
import { setLayout } from './edits';

export interface MoveLayoutParams {
  /** New canvas positions by element name (steps: relative to their stage). */
  positions: Record<string, Position>;
}

/** Records moved nodes in `layout`. */
export const moveLayout = defineCommand<MoveLayoutParams>('layout.move', 'Move', (doc, p) => setLayout(doc, p.positions));
