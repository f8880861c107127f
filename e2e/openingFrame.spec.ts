/**
 * The opening view and Fit view frame the design in the visible part of the pane (issue 15 item 2,
 * docs/canvas.md "Readable at first sight"): the side columns (palette and Outline on the left,
 * Properties on the right) stand beside the pane, never over it, and every card of the opening view
 * lies inside the pane — or, for a design too wide to be read whole (the recruiting demo), it opens
 * at the readable zoom on its first stages, and the start stage's cards lie inside. A user
 * walkthrough read the recruiting demo's last column as a card "under the Properties panel": it lies
 * past the pane's right edge, clipped by the pane, until the user pans or fits.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument, openEmpty, openProjectOrchestration } from './helpers';

const FIXTURES = 'src/io/project/__fixtures__';
const WINDOWS = [{ width: 1280, height: 800 }, { width: 1440, height: 900 }];
const PROJECTS: [string, string][] = [
  ['RecruitingOrchestrator', 'Recruiting_Orchestration_v6'],
  ['DepotSweep', 'Depot_Sweep'],
  ['LightningFlowComponents/OrchestratorResources', 'Orchestration_Parallel_Approvals'],
  ['LightningFlowComponents/OrchestratorResources', 'Orchestrator_Order_Demo'],
  ['LightningFlowComponents/DeactivateUser', 'User_deactivation_orchestration'],
];
const SAMPLES = ['order-fulfilment', 'loan-approval', 'onboarding', 'case-escalation'];
const XML = 'RecruitingOrchestrator/orchestrator/main/default/flows/Recruiting_Orchestration_v6.flow-meta.xml';
/** READABLE_ZOOM (src/canvas/geometry.ts): a design that cannot be read whole opens at it. */
const READABLE_ZOOM = 0.72;

interface Box { left: number; right: number; top: number; bottom: number }
interface View { pane: Box; columns: Box[]; zoom: number; cards: (Box & { id: string })[] }

/** The pane, the side columns beside it, the zoom and every card drawn, in page pixels. */
function viewOf(page: Page): Promise<View> {
  return page.evaluate(() => {
    const box = (el: Element) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
    // the columns either side of the canvas's <main> (the palette and Outline, Properties)
    const main = document.querySelector('.react-flow')!.closest('main')!;
    const left = main.previousElementSibling;
    const right = main.nextElementSibling;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    return {
      pane: box(document.querySelector('.react-flow')!),
      columns: [left, right].filter((el): el is Element => !!el).map(box),
      zoom: new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a,
      cards: [...document.querySelectorAll('.react-flow__node')].map((n) => ({ id: n.getAttribute('data-id') ?? '', ...box(n) })),
    };
  });
}

const inside = (b: Box, pane: Box) => b.left >= pane.left - 0.5 && b.right <= pane.right + 0.5 && b.top >= pane.top - 0.5 && b.bottom <= pane.bottom + 0.5;
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The checks on the view as the design opened, then (`fit`) after Fit view: everything inside the pane. */
async function expectFramedInPane(page: Page, fit = true): Promise<void> {
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const doc = await getDocument(page);
  const start = doc.stages.find((s) => s.name === doc.start) ?? doc.stages[0]!;
  const first = new Set([start.name, ...start.steps.map((s) => s.name)]);
  const opened = await viewOf(page);
  // the side columns stand beside the pane: nothing of the pane is under them
  expect(opened.columns.length).toBe(2);
  for (const column of opened.columns) expect(overlaps(column, opened.pane)).toBe(false);
  const outside = opened.cards.filter((c) => !inside(c, opened.pane)).map((c) => c.id);
  if (outside.length) {
    // only a design too wide to be read whole, opened at the readable zoom on its first stages
    expect(opened.zoom, `cards outside the pane: ${outside.join(', ')}`).toBeCloseTo(READABLE_ZOOM, 3);
    expect(outside.filter((id) => first.has(id))).toEqual([]);
  }
  if (!fit) return;
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(async () => { const v = await viewOf(page); return v.cards.filter((c) => !inside(c, v.pane)).map((c) => c.id); }).toEqual([]);
}

for (const size of WINDOWS) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const [dir, name] of PROJECTS) {
      test(`${name} opened from its project folder is framed in the pane, not under a side column`, async ({ page }) => {
        await openProjectOrchestration(page, join(FIXTURES, dir), name);
        await expectFramedInPane(page);
      });
    }
    for (const sample of SAMPLES) {
      test(`the ${sample} sample is framed in the pane, not under a side column`, async ({ page }) => {
        await page.goto(`/?sample=${sample}`);
        await expectFramedInPane(page);
      });
    }
    test('a project orchestration is framed in the pane when its run is shown and when it is left', async ({ page }) => {
      for (const [dir, name] of [['CaseLifecycle', 'Case_Lifecycle'], PROJECTS[0]!] as [string, string][]) {
        await openProjectOrchestration(page, join(FIXTURES, dir), name);
        // the run view's pane is shorter (the run controls above it): framed again in it
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible({ timeout: 15_000 });
        await expectFramedInPane(page, false);
        await page.getByRole('button', { name: 'Exit run' }).click();
        await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
        await expectFramedInPane(page);
      }
    });
    test('an imported Flow XML orchestration is framed in the pane, not under a side column', async ({ page }) => {
      await openEmpty(page);
      await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles(join(FIXTURES, XML));
      await expect.poll(async () => (await getDocument(page)).name).toBe('Recruiting_Orchestration_v6');
      const report = page.getByRole('dialog', { name: /Recruiting/ });
      if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
      await expectFramedInPane(page);
    });
  });
}
