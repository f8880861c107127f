/**
 * The notice an opening posts ("Opened … from …", with Show report; "Imported ….json.") sits over
 * the top-right of the canvas until it fades: the opening view — and Fit view while it shows —
 * frames the design in the band of the pane below it (docs/canvas.md "Readable at first sight").
 * At 1280×800 it covered a stage's header of the recruiting project, at 1440×900 a decision.
 * Right after opening, no card's box meets a visible notice's box; the cards stay readable (the
 * opening zoom is never under READABLE_ZOOM). Screenshots light at 1280×800, dark at 1440×900.
 * On the build before, the recruiting demo (opened from its project, or imported as JSON) fails at
 * both sizes; the other designs were clear of the notice already and must stay so. Run pressed
 * while the notice shows frames the design afresh in the run view's shorter pane, by the same rule
 * (an outside tester's report; on HEAD it held already: the run-view cases guard it, and fail for
 * the recruiting demo and Case_Lifecycle on a build whose Run framing leaves the notices out).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument, openEmpty } from './helpers';

const FIXTURES = 'src/io/project/__fixtures__';
/** Projects whose orchestration opens with a notice (no report dialog to close first). */
const PROJECTS: [string, string][] = [
  ['RecruitingOrchestrator', 'Recruiting_Orchestration_v6'],
  ['CrateIntake', 'Crate_Intake'],
  ['DepotSweep', 'Depot_Sweep'],
  ['CaseLifecycle', 'Case_Lifecycle'],
  ['BookingCounter', 'Booking_Intake'],
];
/** Samples imported without a report dialog (onboarding's warnings open one, with no notice). */
const SAMPLES = ['order-fulfilment', 'loan-approval', 'case-escalation'];
const XML = 'RecruitingOrchestrator/orchestrator/main/default/flows/Recruiting_Orchestration_v6.flow-meta.xml';
const WINDOWS = [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const;
/** READABLE_ZOOM (src/canvas/geometry.ts). */
const READABLE_ZOOM = 0.72;

interface Box { id: string; left: number; right: number; top: number; bottom: number }

/** The cards drawn, the notices shown (page pixels) and the zoom, read in one go. */
function viewOf(page: Page): Promise<{ cards: Box[]; notices: Box[]; zoom: number }> {
  return page.evaluate(() => {
    const box = (el: Element, id: string) => { const r = el.getBoundingClientRect(); return { id, left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
    const notices = document.querySelector('[role="status"][aria-label="Notices"]')!;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    return {
      cards: [...document.querySelectorAll('.react-flow__node')].map((n) => box(n, n.getAttribute('data-id') ?? '')),
      notices: [...notices.querySelectorAll('li')].map((li) => box(li, li.textContent ?? '')),
      zoom: new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a,
    };
  });
}

const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The cards under a notice now, as "card under notice" (none expected), with at least one notice shown. */
async function expectNoCardUnderNotice(page: Page, what: string): Promise<void> {
  const view = await viewOf(page);
  expect(view.notices.length, `${what}: a notice shows`).toBeGreaterThan(0);
  expect(view.cards.length, `${what}: cards drawn`).toBeGreaterThan(0);
  const under = view.cards.flatMap((c) => view.notices.filter((n) => meet(c, n)).map((n) => `${c.id} under "${n.id}"`));
  expect(under, what).toEqual([]);
  expect(view.zoom, `${what}: readable`).toBeGreaterThanOrEqual(READABLE_ZOOM - 1e-3);
}

/** Fit view while the notice shows frames everything below it too. */
async function expectFitClear(page: Page, what: string): Promise<void> {
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(async () => {
    const view = await viewOf(page);
    return view.cards.flatMap((c) => view.notices.filter((n) => meet(c, n)).map((n) => `${c.id} under "${n.id}"`));
  }, { message: `${what}, Fit view` }).toEqual([]);
  expect((await viewOf(page)).notices.length, `${what}: the notice still shows after Fit view`).toBeGreaterThan(0);
}

for (const { width, height, scheme } of WINDOWS) {
  test.describe(`${width}×${height} ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });
    for (const [dir, name] of PROJECTS) {
      test(`${name} opened from its project: no card under the "Opened …" notice`, async ({ page }) => {
        await openEmpty(page);
        await page.getByTestId('project-folder-input').setInputFiles(join(FIXTURES, dir));
        await page.getByRole('dialog', { name: /^Open an orchestration of / }).getByRole('button', { name: `Open ${name}` }).click({ timeout: 15_000 });
        await expect.poll(async () => (await getDocument(page)).name).toBe(name);
        const notice = page.getByRole('status', { name: 'Notices' }).getByText(/^Opened /);
        await expect(notice).toBeVisible();
        await expect(page.getByRole('dialog', { name: new RegExp(name) })).toHaveCount(0);
        await expectNoCardUnderNotice(page, name);
        if (name === 'Recruiting_Orchestration_v6') await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/noticeClear-recruiting-${width}-${scheme}.png` });
        await expectFitClear(page, name);
      });
    }
    for (const [dir, name] of PROJECTS) {
      test(`${name} opened from its project and run at once: no card under the "Opened …" notice in the run view`, async ({ page }) => {
        await openEmpty(page);
        await page.getByTestId('project-folder-input').setInputFiles(join(FIXTURES, dir));
        await page.getByRole('dialog', { name: /^Open an orchestration of / }).getByRole('button', { name: `Open ${name}` }).click({ timeout: 15_000 });
        await expect.poll(async () => (await getDocument(page)).name).toBe(name);
        await expect(page.getByRole('status', { name: 'Notices' }).getByText(/^Opened /)).toBeVisible();
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
        // the run view frames the design afresh in its shorter pane (and again as the run controls wrap)
        await expect.poll(async () => {
          const view = await viewOf(page);
          return view.cards.flatMap((c) => view.notices.filter((n) => meet(c, n)).map((n) => `${c.id} under "${n.id}"`));
        }, { message: `${name}, run view`, timeout: 3_000 }).toEqual([]);
        await expectNoCardUnderNotice(page, `${name}, run view`);
        if (name === 'Recruiting_Orchestration_v6') await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/noticeClear-run-recruiting-${width}-${scheme}.png` });
      });
    }
    test('the recruiting design imported as a JSON file: no card under the "Imported …" notice', async ({ page }, testInfo) => {
      // the recruiting demo's Flow XML opens with its report (a dialog, no notice): saved as
      // Stageflow JSON, the same design imports with the notice
      await openEmpty(page);
      await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles(join(FIXTURES, XML));
      await expect.poll(async () => (await getDocument(page)).name).toBe('Recruiting_Orchestration_v6');
      const file = testInfo.outputPath('recruiting.json');
      writeFileSync(file, JSON.stringify(await getDocument(page)));
      await openEmpty(page);
      await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles(file);
      await expect(page.getByRole('status', { name: 'Notices' }).getByText('Imported recruiting.json.')).toBeVisible();
      await expectNoCardUnderNotice(page, 'recruiting.json');
      await expectFitClear(page, 'recruiting.json');
    });
    for (const sample of SAMPLES) {
      test(`the ${sample} sample imported: no card under the "Imported …" notice`, async ({ page }) => {
        await openEmpty(page);
        await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles(`public/samples/${sample}.json`);
        await expect(page.getByRole('status', { name: 'Notices' }).getByText(`Imported ${sample}.json.`)).toBeVisible();
        await expect.poll(async () => (await getDocument(page)).stages.length).toBeGreaterThan(0);
        await expectNoCardUnderNotice(page, sample);
        if (sample === 'order-fulfilment') await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/noticeClear-${sample}-${width}-${scheme}.png` });
        await expectFitClear(page, sample);
      });
    }
  });
}
