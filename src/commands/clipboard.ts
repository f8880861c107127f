/**
 * The clipboard holds FORMAT.md JSON text, so a copy can be pasted into a text editor and back:
 * `{ "format": "stageflow.clipboard", "version": 1, "stages": [...], "steps": [...], "decisions":
 * [...], "layout": {...} }`. A whole orchestration document pastes as its stages and decisions.
 */
import { z } from 'zod';
import * as S from '../model/schema';
import type { Decision, Orchestration, Position, Stage, Step } from '../model/types';
import { currentLayout } from '../model/layoutVersion';
import { findDecision, findStage, findStep } from './queries';

export const CLIPBOARD_FORMAT = 'stageflow.clipboard';
const MAX_CLIPBOARD_CHARS = 5_000_000;

export interface ClipboardFragment {
  format: typeof CLIPBOARD_FORMAT;
  version: 1;
  stages: Stage[];
  /** Loose steps (copied without their stage). */
  steps: Step[];
  decisions: Decision[];
  layout: Record<string, Position>;
}

const Fragment = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  stages: z.array(S.Stage).default([]),
  steps: z.array(S.Step).default([]),
  decisions: z.array(S.Decision).default([]),
  layout: z.record(z.string(), S.Position).default({}),
});

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
    const position = currentLayout(doc)[name];
    if (position) layout[name] = position;
  }
  return { format: CLIPBOARD_FORMAT, version: 1, stages, steps, decisions, layout };
}

const forbiddenKey = (key: string) => key === '__proto__' || key === 'constructor' || key === 'prototype';

/** Reads clipboard text: a stageflow clipboard fragment or an orchestration document; else null. */
export function parseClipboard(text: string): ClipboardFragment | null {
  if (!text || text.length > MAX_CLIPBOARD_CHARS) return null;
  let value: unknown;
  try {
    let unsafe = false;
    value = JSON.parse(text, (key, v: unknown) => {
      if (forbiddenKey(key)) unsafe = true;
      return v;
    });
    if (unsafe) return null;
  } catch {
    return null;
  }
  const fragment = Fragment.safeParse(value);
  if (fragment.success) return fragment.data as ClipboardFragment;
  const whole = S.Orchestration.safeParse(value);
  if (!whole.success) return null;
  const doc = whole.data;
  return { format: CLIPBOARD_FORMAT, version: 1, stages: doc.stages, steps: [], decisions: doc.decisions ?? [], layout: { ...currentLayout(doc) } };
}

/** Stage names of `doc` that exist, for callers that check a paste target. */
export function isStage(doc: Orchestration, name: string | null): name is string {
  return !!name && !!findStage(doc, name);
}
