import type { Position } from '../model/types';
import { defineCommand } from './command';

export interface TidyLayoutParams {
  layout: Record<string, Position>;
}

/** Replaces the whole layout (auto-layout result) as one edit. */
export const tidyLayout = defineCommand<TidyLayoutParams>('layout.tidy', 'Tidy up', (doc, p) => {
  const old = doc.layout ?? {};
  const keys = Object.keys(p.layout);
  const same =
    keys.length === Object.keys(old).length &&
    keys.every((k) => old[k] && old[k].x === p.layout[k]!.x && old[k].y === p.layout[k]!.y);
  return same ? doc : { ...doc, layout: p.layout };
});
