/**
 * UI-CONTRACT's test hook and addresses under odd or hostile input: `loadDocument` answers
 * `{ ok, problems }` and never throws, the open design stays, `getDocument` is FORMAT JSON, and a
 * `?sample=` that names no sample says so instead of a blank screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { getDocument, node } from './helpers';

const ORCHESTRATION_SCHEMA = z.fromJSONSchema(JSON.parse(readFileSync('docs/schema/orchestration.schema.json', 'utf8')));
const SAMPLE = readFileSync('public/samples/order-fulfilment.json', 'utf8');

async function openSample(page: Page): Promise<void> {
  await page.goto('/?sample=order-fulfilment');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

test('loadDocument answers { ok: false, problems } to every odd value, never throws, and the open design stays', async ({ page }) => {
  await openSample(page);
  // when each odd value is built in the page (some cannot cross from Node) and loaded
  const answers = await page.evaluate(() => {
    const deep = (n: number): unknown => { let v: unknown = {}; for (let i = 0; i < n; i++) v = { a: v }; return v; };
    const odd: [string, () => unknown][] = [
      ['no argument', () => (window.stageflow.loadDocument as () => unknown)()],
      ['undefined', () => window.stageflow.loadDocument(undefined as never)],
      ['null', () => window.stageflow.loadDocument(null as never)],
      ['42', () => window.stageflow.loadDocument(42 as never)],
      ['true', () => window.stageflow.loadDocument(true as never)],
      ['[]', () => window.stageflow.loadDocument([] as never)],
      ['""', () => window.stageflow.loadDocument('')],
      ['"   "', () => window.stageflow.loadDocument('   ')],
      ['"{"', () => window.stageflow.loadDocument('{')],
      ['a JSON array', () => window.stageflow.loadDocument('[{"format":"stageflow.orchestration"}]')],
      ['"null"', () => window.stageflow.loadDocument('null')],
      ['__proto__ text', () => window.stageflow.loadDocument('{"__proto__":{"x":1},"format":"stageflow.orchestration","version":1,"name":"P","stages":[]}')],
      ['constructor key', () => window.stageflow.loadDocument({ format: 'stageflow.orchestration', version: 1, name: 'C', stages: [], constructor: { prototype: { x: 1 } } } as never)],
      ['a 6 MB string', () => window.stageflow.loadDocument(`{"format":"stageflow.orchestration","name":"${'x'.repeat(6 * 1024 * 1024)}"}`)],
      ['nested 100,000 deep (text)', () => window.stageflow.loadDocument('['.repeat(100_000))],
      ['nested 100,000 deep (object)', () => window.stageflow.loadDocument(deep(100_000) as never)],
      ['a function', () => window.stageflow.loadDocument((() => 1) as never)],
      ['a symbol', () => window.stageflow.loadDocument(Symbol('x') as never)],
      ['a BigInt inside', () => window.stageflow.loadDocument({ format: 'stageflow.orchestration', version: 1, name: 'B', apiVersion: 10n, stages: [] } as never)],
      ['a getter that throws', () => window.stageflow.loadDocument({ format: 'stageflow.orchestration', get name(): string { throw new Error('boom'); } } as never)],
      ['a Proxy that throws', () => window.stageflow.loadDocument(new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }) as never)],
    ];
    return odd.map(([what, call]) => {
      try {
        const r = call() as { ok?: unknown; problems?: { path?: unknown; message?: unknown }[] };
        const wellFormed = Array.isArray(r.problems) && r.problems.length > 0 && r.problems.every((p) => typeof p.path === 'string' && typeof p.message === 'string' && p.message.length > 0);
        return { what, ok: r.ok, wellFormed, first: Array.isArray(r.problems) ? String(r.problems[0]?.message).slice(0, 160) : '' };
      } catch (e) {
        return { what, threw: String(e).slice(0, 160) };
      }
    });
  });
  // then each is refused with at least one problem that says something, none throws
  for (const a of answers) expect(a, a.what).toEqual({ what: a.what, ok: false, wellFormed: true, first: expect.any(String) as unknown });
  expect((await getDocument(page)).name).toBe('Order_Fulfilment');
  await expect(node(page, 'Reserve_Stock')).toBeVisible();
  expect(await page.evaluate(() => ({} as Record<string, unknown>).x)).toBeUndefined();
});

test('a valid design then an invalid one: the valid one stays open, and Undo brings back the design before it', async ({ page }) => {
  await openSample(page);
  const onboarding = readFileSync('public/samples/onboarding.json', 'utf8');
  // when
  expect((await page.evaluate((t) => window.stageflow.loadDocument(t), onboarding)).ok).toBe(true);
  const broken = JSON.parse(onboarding) as { stages: { next?: string }[] };
  broken.stages[0]!.next = 'No_Such_Stage';
  const refused = await page.evaluate((d) => window.stageflow.loadDocument(d as never), broken);
  // then the refusal names the place, the valid design is still open, and one Undo goes back past it
  expect(refused.ok).toBe(false);
  expect(refused.problems.map((p) => p.path)).toContain('stages[0].next');
  expect((await getDocument(page)).name).toBe('Employee_Onboarding');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await getDocument(page)).name).toBe('Order_Fulfilment');
});

test('a Flow XML text is refused with a message that sends it to Import, and the open design stays (docs/decisions.md, chosen)', async ({ page }) => {
  await openSample(page);
  const xml = readFileSync('src/io/xml/__fixtures__/own/Case_Review.flow-meta.xml', 'utf8');
  const answer = await page.evaluate((t) => window.stageflow.loadDocument(t), xml);
  expect(answer.ok).toBe(false);
  expect(answer.problems[0]!.message).toMatch(/looks like XML.*Import/);
  expect((await getDocument(page)).name).toBe('Order_Fulfilment');
});

test('getTrace is null before a run, the run\'s trace during it, null again after Exit run', async ({ page }) => {
  await openSample(page);
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  const trace = await page.evaluate(() => window.stageflow.getTrace());
  expect(trace?.format).toBe('stageflow.trace');
  expect(trace?.run.status).toBe('Completed');
  await page.getByRole('button', { name: 'Exit run' }).click();
  await expect.poll(() => page.evaluate(() => window.stageflow.getTrace())).toBeNull();
});

test('getDocument after edits is FORMAT JSON: it passes docs/schema/orchestration.schema.json and loads back unchanged', async ({ page }) => {
  await openSample(page);
  // when the design is edited: a stage, a step in it, a decision
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  await page.getByRole('button', { name: 'Add decision' }).click();
  const doc = await page.evaluate(() => window.stageflow.getDocument());
  // then
  const parsed = ORCHESTRATION_SCHEMA.safeParse(doc);
  expect(parsed.success, parsed.error?.message).toBe(true);
  expect(doc.stages.length).toBe(JSON.parse(SAMPLE).stages.length + 1);
  const again = await page.evaluate((d) => { const r = window.stageflow.loadDocument(d); return { ok: r.ok, doc: window.stageflow.getDocument() }; }, doc);
  expect(again.ok).toBe(true);
  expect(again.doc).toEqual(doc);
});

for (const [query, shown] of [
  ['?sample=no-such', 'Sample "no-such" was not found; the samples are order-fulfilment, case-escalation, onboarding, loan-approval. Starting with an empty design.'],
  ['?sample=ORDER-FULFILMENT', 'Sample "ORDER-FULFILMENT" was not found: did you mean ?sample=order-fulfilment? (sample names are case-sensitive)'],
  ['?sample=%E2%80%AEx', '"<U+202E>x" is not a sample name'],
  ['?sample=../index', '"../index" is not a sample name'],
  ['?sample=..%2Fsamples%2Fonboarding', '"../samples/onboarding" is not a sample name'],
  ['?sample=%2e%2e%2fpackage', '"../package" is not a sample name'],
  ['?sample=onboarding.json', '"onboarding.json" is not a sample name'],
  ['?sample=', 'No sample was named: ?sample= needs the name of a sample'],
] as const) {
  test(`/${query} shows a clear message and an empty design, never a blank screen`, async ({ page }) => {
    await page.goto(`/${query}`);
    await expect(page.getByText(shown)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
    expect((await getDocument(page)).stages).toEqual([]);
  });
}
