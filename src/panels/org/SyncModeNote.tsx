/** Says whether a background step on this flow will run sync or async, and why (R20). */
import type { Flow } from '../../model/types';
import { backgroundStepMode } from '../../org/syncMode';

export interface SyncModeNoteProps {
  flow: Flow | undefined;
  requiresAsync: boolean | undefined;
  apiVersion: number;
}

export function SyncModeNote({ flow, requiresAsync, apiVersion }: SyncModeNoteProps) {
  const verdict = backgroundStepMode(flow, requiresAsync, apiVersion);
  const tone = verdict.mode === 'async' ? 'bg-blue-50 text-status-inprogress' : 'bg-brand-50 text-brand-700';
  return (
    <p className={`mt-1 rounded px-2 py-1 text-xs ${tone}`} data-testid="sync-mode" data-mode={verdict.mode}>
      <strong>Runs {verdict.mode}</strong> under API {apiVersion}: {verdict.reason}.
    </p>
  );
}
