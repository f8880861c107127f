/**
 * The clipboard holds FORMAT.md JSON text, so a copy can be pasted into a text editor and back:
 * `{ "format": "stageflow.clipboard", "version": 1, "stages": [...], "steps": [...], "decisions":
 * [...], "layout": {...} }`. A whole orchestration document pastes as its stages and decisions
 * (reading clipboard text is parseClipboard.ts, which needs the schemas).
 */
import type { Decision, Orchestration, Position, Stage, Step } from '../model/types';
import { currentLayout } from '../model/layoutVersion';
import { findDecision, findStep } from './queries';
import { own } from '../model/ownKey';

export const CLIPBOARD_FORMAT = 'stageflow.clipboard';

export interface ClipboardFragment {
  format: typeof CLIPBOARD_FORMAT;
  version: 1;
  stages: Stage[];
  /** Loose steps (copied without their stage). */
  steps: Step[];
  decisions: Decision[];
  layout: Record<string, Position>;
}

/** The selected elements as a fragment; a selected stage brings its steps along. */
export function copyFragment(doc: Orchestration, names: readonly string[]): ClipboardFragment | null {
  const picked = new Set(names);
  const stages = doc.stages.filter((s) => picked.has(s.name));
  const inStages = new Set(stages.flatMap((s) => s.steps.map((x) => x.name)));
  const steps = names.filter((n) => !inStages.has(n)).map((n) => findStep(doc, n)?.step).filter((s): s is Step => !!s);
  const decisions = names.map((n) => findDecision(doc, n)).filter((d): d is Decision => !!d);
  if (!stages.length && !steps.length && !decisions.length) return null;
  const layout: Record<string, Position> = {};
  const keep = [...stages.flatMap((s) => [s.name, ...s.steps.map((x) => x.name)]), ...steps.map((s) => s.name), ...decisions.map((d) => d.name)];
  for (const name of keep) {
    const position = own(currentLayout(doc), name);
    if (position) layout[name] = position;
  }
  return { format: CLIPBOARD_FORMAT, version: 1, stages, steps, decisions, layout };
}
