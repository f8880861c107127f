/**
 * Whether a background step runs sync or async under an API version, and why (R20). Shown by the
 * flow picker so that an admin sees the consequence of choosing a flow before running anything.
 */
import type { Flow } from '../model/types';

export const ASYNC_ELEMENTS = ['Action', 'Subflow', 'Wait'] as const;

export interface SyncModeVerdict {
  mode: 'sync' | 'async';
  /** A sentence for the admin, e.g. "contains a Wait element". */
  reason: string;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * R20: with apiVersion ≥ 63 the flow's elements decide (Action, Subflow or Wait ⇒ async); with
 * apiVersion ≤ 62 the step's "Requires async processing" box decides.
 */
export function backgroundStepMode(flow: Flow | undefined, requiresAsync: boolean | undefined, apiVersion: number): SyncModeVerdict {
  if (apiVersion <= 62) {
    return requiresAsync
      ? { mode: 'async', reason: 'Requires async processing is checked (API 62 and earlier)' }
      : { mode: 'sync', reason: 'Requires async processing is not checked (API 62 and earlier)' };
  }
  if (!flow) return { mode: 'sync', reason: 'no flow is chosen yet (API 63 and later decide by the flow’s elements)' };
  const found = ASYNC_ELEMENTS.filter((e) => (flow.elements ?? []).includes(e));
  if (found.length === 0) return { mode: 'sync', reason: 'the flow has no Action, Subflow or Wait element' };
  const article = found.length === 1 ? (found[0] === 'Action' ? 'an ' : 'a ') : '';
  return { mode: 'async', reason: `contains ${article}${listWords(found)} element${found.length > 1 ? 's' : ''}` };
}
