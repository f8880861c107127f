/**
 * What leads the run into a stage, in the admin's words, for the Why panel of a stage that has not
 * started: the stages whose next or fault path it is, the decision outcomes and default paths that
 * go to it, and the run's start. Labels as the canvas shows them; API names only where there is none.
 */
import type { Orchestration } from '../../model/types';

export type StageEntry =
  | { kind: 'start' }
  | { kind: 'stage'; stage: string; label: string; fault: boolean }
  | { kind: 'decision'; decision: string; label: string; outcome: string | null };

export function stageEntries(doc: Orchestration, stage: string): StageEntry[] {
  const entries: StageEntry[] = [];
  if (doc.start === stage) entries.push({ kind: 'start' });
  for (const s of doc.stages) {
    if (s.next === stage) entries.push({ kind: 'stage', stage: s.name, label: s.label ?? s.name, fault: false });
    if (s.faultNext === stage) entries.push({ kind: 'stage', stage: s.name, label: s.label ?? s.name, fault: true });
  }
  for (const d of doc.decisions ?? []) {
    for (const o of d.outcomes) if (o.next === stage) entries.push({ kind: 'decision', decision: d.name, label: d.label ?? d.name, outcome: o.label ?? o.name });
    if (d.defaultNext === stage) entries.push({ kind: 'decision', decision: d.name, label: d.label ?? d.name, outcome: null });
  }
  return entries;
}

/** One entry as the end of "It starts when …". */
export function entryInWords(entry: StageEntry): string {
  switch (entry.kind) {
    case 'start': return 'the run starts (it is the first stage)';
    case 'stage': return entry.fault ? `stage “${entry.label}” fails (its fault path leads here)` : `stage “${entry.label}” completes`;
    case 'decision': return entry.outcome === null ? `decision “${entry.label}” takes its default path` : `decision “${entry.label}” takes outcome “${entry.outcome}”`;
  }
}
