/**
 * The pure parts of opening a big design in the designer (issue 15): mapping a 10,000-step design
 * to React Flow nodes and edges (toFlowElements), mapping it again after an edit of one stage, and
 * the autosave's serialisation of it, against structured-cloning the document as an object (what
 * IndexedDB did with each save before the document was stored as text). Run by bench/run.ts.
 */
import { performance } from 'node:perf_hooks';
import { toFlowElements } from '../src/canvas/toFlowElements';
import { serialiseDocument } from '../src/io/storage/storedRecords';
import type { Orchestration } from '../src/model/types';
import { generateDesign } from './ui/generateDesign';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median ms of `work` over 7 runs after 2 warm-ups. */
function time(work: (run: number) => void): number {
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const started = performance.now();
    work(run);
    if (run >= 2) times.push(performance.now() - started);
  }
  return Math.round(median(times) * 10) / 10;
}

/** `doc` with the label of its stage `index` changed (a new stage object; the others are kept). */
function relabelStage(doc: Orchestration, index: number, label: string): Orchestration {
  return { ...doc, stages: doc.stages.map((s, i) => (i === index ? { ...s, label } : s)) };
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const doc = generateDesign(500, 20);
  const first = toFlowElements(doc);
  const counts = `${first.nodes.length.toLocaleString('en')} nodes, ${first.edges.length.toLocaleString('en')} edges`;
  // A fresh document each run, so that nothing is remembered from the run before.
  const fresh = Array.from({ length: 9 }, () => structuredClone(doc));
  const map = time((run) => toFlowElements(fresh[run]!));
  let edited = doc;
  toFlowElements(edited);
  const remap = time((run) => {
    edited = relabelStage(edited, 250, `Edited ${run}`);
    toFlowElements(edited);
  });
  let bytes = 0;
  const serialise = time(() => {
    bytes = serialiseDocument(doc).docJson.length;
  });
  const clone = time(() => structuredClone(doc));
  return [
    { name: `toFlowElements, 10,000 steps (${counts})`, value: map, unit: 'ms', target: 150 },
    { name: 'toFlowElements after an edit of one stage, 10,000 steps', value: remap, unit: 'ms', target: 75 },
    { name: `autosave serialisation, 10,000 steps (${Math.round(bytes / 1024).toLocaleString('en')} KB of JSON)`, value: serialise, unit: 'ms', target: 100 },
    { name: 'structured clone of the same document as an object (each IndexedDB write before)', value: clone, unit: 'ms' },
  ];
}
