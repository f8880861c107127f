/** Reading clipboard text back into a fragment: checked against the schemas like an import. */
import { z } from 'zod';
import { currentLayout } from '../model/layoutVersion';
import * as S from '../model/schema';
import { CLIPBOARD_FORMAT, type ClipboardFragment } from './clipboard';

const MAX_CLIPBOARD_CHARS = 5_000_000;

const Fragment = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  stages: z.array(S.Stage).default([]),
  steps: z.array(S.Step).default([]),
  decisions: z.array(S.Decision).default([]),
  layout: z.record(z.string(), S.Position).default({}),
});

// `__proto__` alone, as an import (io/jsonText.ts): an element may be named constructor or prototype (docs/decisions.md)
const forbiddenKey = (key: string) => key === '__proto__';

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
