/**
 * Outside suite round 4: the browser contract (UI-CONTRACT.md) on designs that stress each rule
 * family of SEMANTICS.md, written from docs/spec/ alone before the app's code was read. Each design
 * (outsideContractDesigns.ts) is loaded through window.stageflow, must come back from getDocument
 * as loaded, shows every element as the node of its API name with its data-kind, runs to the trace
 * the spec predicts (and to the one `stageflow simulate` gave, kept in src/cli/__fixtures__/
 * spec-audit), and shows, at every time of the run scrubbed on the Timeline, the status each stage
 * and step has then — with data-run-as on each started step.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CASES, type Case } from './outsideContractDesigns';
import { eventTimes, mismatches, statusesAt, type Trace } from './outsideContractCheck';

interface Doc { stages: { name: string; steps: { name: string; kind: string }[] }[]; decisions?: { name: string }[] }

/** Every node on the canvas: data-id → its data-kind (on the node or its first child), data-status, data-run-as. */
async function canvasNodes(page: Page): Promise<Record<string, { kind: string | null; status: string | null; runAs: string | null }>> {
  return page.evaluate(() => {
    const out: Record<string, { kind: string | null; status: string | null; runAs: string | null }> = {};
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const attr = (a: string): string | null => el.getAttribute(a) ?? el.firstElementChild?.getAttribute(a) ?? null;
      out[el.getAttribute('data-id')!] = { kind: attr('data-kind'), status: el.getAttribute('data-status'), runAs: el.getAttribute('data-run-as') };
    }
    return out;
  });
}
const pick = (nodes: Awaited<ReturnType<typeof canvasNodes>>, key: 'status' | 'runAs'): Record<string, string | null> =>
  Object.fromEntries(Object.entries(nodes).filter(([, n]) => n.kind !== 'decision').map(([id, n]) => [id, n[key]]));

/** What src/cli/__fixtures__/spec-audit keeps for a design: the file and the trace `simulate` gave (FORMAT.md §5). */
const kept = <T>(c: Case, file: string): T => JSON.parse(readFileSync(`src/cli/__fixtures__/spec-audit/${c.audit}/${file}`, 'utf8')) as T;

async function openAndLoad(page: Page, c: Case): Promise<void> {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible();
  const r = await page.evaluate((d) => window.stageflow.loadDocument(d as never), c.doc);
  expect(r.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  expect(r.ok).toBe(true);
}

for (const c of CASES) {
  test(`${c.title} (${c.rules}): loaded, drawn, run and scrubbed as the spec says`, async ({ page }) => {
    // the design is the one the command-line audit keeps (specAudit.test runs simulate on it)
    expect(kept<unknown>(c, 'design.json')).toEqual(c.doc);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await openAndLoad(page, c);
    const doc = c.doc as unknown as Doc;
    // the document comes back as loaded: no default filled in, no key renamed
    expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(c.doc);
    expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();

    // every element is the node of its API name, with its kind; editing shows no run status
    const kinds: Record<string, string> = {};
    const stepsOf: Record<string, string[]> = {};
    for (const s of doc.stages) { kinds[s.name] = 'stage'; stepsOf[s.name] = s.steps.map((st) => st.name); for (const st of s.steps) kinds[st.name] = st.kind; }
    for (const d of doc.decisions ?? []) kinds[d.name] = 'decision';
    await expect.poll(async () => Object.keys(await canvasNodes(page)).length, { timeout: 15_000 }).toBe(Object.keys(kinds).length);
    const editing = await canvasNodes(page);
    expect(Object.fromEntries(Object.entries(editing).map(([id, n]) => [id, n.kind]))).toEqual(kinds);
    expect(Object.values(editing).filter((n) => n.status !== null || n.runAs !== null)).toEqual([]);

    // Run opens paused at t=0 with the run's trace: the one the spec predicts, the command line's
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await expect(slider).toBeVisible({ timeout: 15_000 });
    expect(Number(await slider.inputValue())).toBe(0);
    const trace = await page.evaluate(() => window.stageflow.getTrace()) as unknown as Trace;
    expect(mismatches(trace, c.expect)).toEqual([]);
    expect(trace).toEqual(kept<Trace>(c, 'trace.json'));

    // at each time of the run, every stage and step shows the status it has then
    // and half-way between two (a long run: eight of its times, the first and last among them, keep the suite quick)
    const all = eventTimes(trace);
    const times = all.length <= 8 ? all.flatMap((t, i) => (i === 0 ? [t] : [Math.floor((all[i - 1]! + t) / 2), t])) : all.filter((_, i) => i % Math.ceil(all.length / 7) === 0 || i === all.length - 1);
    for (const t of [...times].reverse()) {
      await slider.fill(String(t));
      await expect.poll(async () => pick(await canvasNodes(page), 'status'), { message: `statuses at t=${t}` }).toEqual(statusesAt(trace, stepsOf, t));
    }
    // at the end: data-run-as on every started step is the trace's run-as user; none on a step not started or a stage
    await slider.focus();
    await page.keyboard.press('End');
    expect(Number(await slider.inputValue())).toBe(c.expect.lastT);
    const runAs: Record<string, string | null> = {};
    for (const [stage, steps] of Object.entries(stepsOf)) {
      runAs[stage] = null;
      for (const s of steps) runAs[s] = (trace.steps[s]?.runAs as { user: string } | null | undefined)?.user ?? null;
    }
    await expect.poll(async () => pick(await canvasNodes(page), 'runAs')).toEqual(runAs);
    for (const [name, s] of Object.entries(c.expect.steps)) if (s.runAs) expect(runAs[name], name).toBe(s.runAs.user);

    await page.getByRole('button', { name: 'Exit run', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
    expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
    expect(Object.values(await canvasNodes(page)).filter((n) => n.status !== null || n.runAs !== null)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
