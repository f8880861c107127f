/** Writes the "Designer UI" section of docs/performance.md (between markers; other sections are kept). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DomCounts, InteractionCpu } from './measure';
import type { PlaybackFigures } from './runPlayback';

export interface ViewRow {
  view: string;
  zoom: number;
  app: { counts: DomCounts; cpu: InteractionCpu };
  bare: { counts: DomCounts; cpu: InteractionCpu };
  /** App / bare CPU (task time) per interaction: the median of the rounds' ratios. */
  ratio: number;
  /** Each round's app / bare ratio (a round is one interaction on each page, one after the other). */
  rounds?: number[];
  /**
   * The same for the main thread's own CPU time (ThreadTime), which time spent waiting for a core
   * does not swell: the median of the rounds' ratios. Reported beside `ratio`, not judged.
   */
  threadRatio?: number;
}

export interface SizeRow {
  steps: number;
  stages: number;
  pane: { width: number; height: number };
  load: { app: { ms: number; maxLongTaskMs: number; hookMs?: number }; bare: { ms: number; maxLongTaskMs: number }; boxes?: { ms: number; maxLongTaskMs: number }; ratio: number; counts: DomCounts };
  /** The same design opened as a user opens a file: chosen in Import's picker (read in a worker). */
  imported?: { ms: number; maxLongTaskMs: number };
  views: ViewRow[];
}

export interface UiResults {
  date: string;
  machine: { cpus: number; chromium: string; flags: string[]; loadAverage?: number[] };
  targets: { cpuRatio: number; loadRatio: number; loadMs: number; longTaskMs: number; playbackP95FrameMs: number };
  sizes: SizeRow[];
  playback?: PlaybackFigures;
}

const START = '<!-- ui-bench:start -->';
const END = '<!-- ui-bench:end -->';
const PATH = 'docs/performance.md';

// 'not met', not 'missed': the runner keeps 'missed' for a figure beyond its 20% tolerance (bench/run.ts)
const ok = (pass: boolean) => (pass ? 'met' : '**not met**');
const ms = (n: number) => n.toFixed(0);

/** The longest task of opening a design as a user does (Import), else with the test hook. */
export function openingLongestTask(size: SizeRow): number {
  return size.imported?.maxLongTaskMs ?? size.load.app.maxLongTaskMs;
}

/**
 * The longest task seen for a size: opening it as a user does (Import: read and validated in a
 * worker) and every interaction on the designer. The test hook's `loadDocument` must validate on the
 * page, synchronously (UI-CONTRACT); its longest task is reported beside this one, not in it.
 */
export function longestTask(size: SizeRow): number {
  return Math.max(openingLongestTask(size), ...size.views.map((v) => v.app.cpu.maxLongTaskMs));
}

export function section(r: UiResults): string {
  const t = r.targets;
  const lines = [
    START,
    '## Designer UI (`npm run bench:ui`)',
    '',
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} cores shared with other work (1-minute load average ${(r.machine.loadAverage ?? []).map((l) => l.toFixed(2)).join(' → ') || 'n/a'}), Chromium ${r.machine.chromium} headless (${r.machine.flags.join(' ')}).`,
    'Generated designs (stages of 20 steps, every second step waits for the previous one) opened in the designer',
    'with `window.stageflow.loadDocument`, and on a bare React Flow page (`/?bench=bare`) that is given the same',
    'design as plain labelled boxes (the designer\'s own mapper: ids, kinds, sizes, positions, parents, handles given',
    'up front and rendered, edges between the same handles) and, like the canvas, hands React Flow only the part of',
    'a big design the view needs, by the same rule applied on every frame (canvas/useShownElements.ts), so during a',
    'pan both pages add and drop the same steps; in a pane of the same pixel size, at the same viewport, with the',
    'same React Flow settings and zoom controls, and React Flow\'s own <MiniMap> (which draws only the nodes React',
    'Flow is given). The DOM node and edge counts of both pages are printed beside each figure and checked again',
    'after the interactions; the benchmark fails when they differ.',
    'Both pages are read only once they have settled (viewport and DOM unchanged over 250 ms), so the second page',
    'opens at the view the first one really shows. The designer\'s mini map is its own (canvas/DesignMiniMap.tsx:',
    'one path per kind of node, none of React Flow\'s per-node mini map components and their store subscriptions);',
    'its element count is printed beside the bare page\'s.',
    '',
    'CPU per interaction = Chrome DevTools Protocol `Performance.getMetrics` deltas (TaskDuration; of it script,',
    'layout and style recalculation) over one pan-and-zoom interaction (a middle-drag pan of 300×150 px and back',
    'in 40 moves, then 4 wheel steps in and 4 out), after a warm-up each, in 7 rounds of one interaction on each',
    'page (designer, bare, designer, bare…): each page\'s medians, and app ÷ bare is the median of the rounds\' ratios;',
    'long tasks from a PerformanceObserver. Views: everything fitted (Fit view) and zoom 100%. Only ratios within one run count:',
    'the machine is shared, so absolute milliseconds move with its load.',
    '',
    '| Steps | View (zoom) | App CPU ms (script / layout / style) | Bare CPU ms (script / layout / style) | App ÷ bare (main-thread CPU) | DOM nodes / edges (app = bare) | Elements in the viewport (app / bare) | Mini map elements (app / bare) | Longest task, app |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...r.sizes.flatMap((s) => s.views.map((v) => {
      const a = v.app.cpu;
      const b = v.bare.cpu;
      return `| ${s.steps} | ${v.view} (${v.zoom.toFixed(2)}) | ${ms(a.taskMs)} (${ms(a.scriptMs)} / ${ms(a.layoutMs)} / ${ms(a.styleMs)}) | ${ms(b.taskMs)} (${ms(b.scriptMs)} / ${ms(b.layoutMs)} / ${ms(b.styleMs)}) | ${v.ratio.toFixed(2)}${v.threadRatio === undefined ? '' : ` (${v.threadRatio.toFixed(2)})`} | ${v.app.counts.nodes} / ${v.app.counts.edges} | ${v.app.counts.elements} / ${v.bare.counts.elements} | ${v.app.counts.minimap} / ${v.bare.counts.minimap} | ${ms(a.maxLongTaskMs)} ms |`;
    })),
    '',
    '| Steps | App load (ms) | of which the test hook: read, validate, open (ms) | Bare load from the text (ms) | Load ratio | Bare load given boxes (ms): ratio | DOM nodes / edges as opened (app = bare) | Longest task while loading, app (test hook) | Opened with Import: ms, longest task |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.sizes.map((s) => `| ${s.steps} | ${ms(s.load.app.ms)} | ${s.load.app.hookMs === undefined ? 'n/a' : ms(s.load.app.hookMs)} | ${ms(s.load.bare.ms)} | ${s.load.ratio.toFixed(2)} | ${s.load.boxes ? `${ms(s.load.boxes.ms)}: ${(s.load.app.ms / s.load.boxes.ms).toFixed(2)}` : 'n/a'} | ${s.load.counts.nodes} / ${s.load.counts.edges} | ${ms(s.load.app.maxLongTaskMs)} ms | ${s.imported ? `${ms(s.imported.ms)} ms, ${ms(s.imported.maxLongTaskMs)} ms` : 'n/a'} |`),
    '',
    'App load = `window.stageflow.loadDocument(text)` until the first nodes are painted (the text handed to the page',
    'beforehand, so Playwright\'s own transfer is not billed to the page); median of 5 openings, each on a fresh page,',
    'alternating with the bare page. The bare page opens the same text as any app opens a file — it parses it and',
    'maps it to boxes with the designer\'s mapper — and skips the designer\'s own work (validation, stores, panels);',
    'the load ratio is judged against it. "Given boxes" is the bare page handed the boxes ready-made (parsed and mapped',
    'outside the page), for reference. The hook must read and validate the',
    'design on the page, synchronously (UI-CONTRACT): its own part (the call, from its start to its return) is',
    'the third column, median of the same openings; a big design is then drawn in the tasks that follow',
    '(docs/canvas.md "Opening a big design"). "Opened with Import" chooses the same text as a file in Import\'s',
    'file picker, as a user does: it is read and validated in a worker, so the page only receives the design and',
    'draws it. The opening half of the 10,000-step long-task budget is judged on that path.',
    '',
    `Budgets: app ÷ bare CPU per interaction ≤ ${t.cpuRatio} at every size and view; loading 2,000 steps ≤ ${t.loadRatio} × bare and < ${t.loadMs} ms; 10,000 steps open and pan without a long task over ${t.longTaskMs} ms.`,
    ...r.sizes.map((s) => {
      const parts = s.views.map((v) => `CPU ratio at ${v.view} ${ok(v.ratio <= t.cpuRatio)}`);
      if (s.steps === 2000) parts.push(`load ratio ${ok(s.load.ratio <= t.loadRatio)}`, `load time ${ok(s.load.app.ms < t.loadMs)}`);
      if (s.steps >= 10000) parts.push(`no long task over ${t.longTaskMs} ms ${ok(longestTask(s) <= t.longTaskMs)} (longest ${ms(longestTask(s))} ms: opening with Import ${ms(openingLongestTask(s))} ms, panning and zooming ${ms(Math.max(...s.views.map((v) => v.app.cpu.maxLongTaskMs)))} ms; the test hook's synchronous opening ${ms(s.load.app.maxLongTaskMs)} ms)`);
      return `- ${s.steps} steps: ${parts.join(', ')}.`;
    }),
    ...(r.playback
      ? [
          '',
          `Run view: a ${r.playback.steps}-step design, trace computed in the worker, played at 100× while recording frames for 5 s: ready ${r.playback.readyMs} ms after Run; p95 frame ${r.playback.p95FrameMs.toFixed(1)} ms (mean ${r.playback.meanFrameMs.toFixed(1)} ms, ${r.playback.frames} frames, ${r.playback.eventsShown} events shown); target p95 ≤ ${t.playbackP95FrameMs} ms: ${ok(r.playback.p95FrameMs <= t.playbackP95FrameMs)}.`,
        ]
      : []),
    '',
    'What the designer adds per node is its markup (docs/canvas.md "Elements per node"): a step card up close',
    'is the label, the flow line, one or two chips and its two handles; below 50% zoom (level of detail) a',
    'node is its label on its status colour and its handles. The zoom threshold is a boolean selector, so',
    'nodes re-render only when it is crossed, not on every zoom step. A big design (docs/canvas.md "Big designs")',
    'gives React Flow no step below 30% zoom (one canvas outside the viewport paints the stages\' sketches of',
    'their steps: the viewport holds the same elements on both pages, and the designer has that canvas',
    'besides, whose drawing is part of its CPU) and up close only the steps of the stages near the view.',
    END,
  ];
  return lines.join('\n');
}

export function writeReport(r: UiResults): void {
  const text = existsSync(PATH) ? readFileSync(PATH, 'utf8') : '# Performance\n';
  const block = section(r);
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  const next = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(PATH, next);
}
