/**
 * An element the canvas brings into view lands clear of the notices over the top-right of the pane
 * (docs/canvas.md "Brought into view clear of the notices"): Find + Enter, a notice's Show it and a
 * step added from the palette each leave the element's box clear of every notice's box. The
 * "Imported ….json." notice is kept showing for the test (its 8 s fade, as for an admin still
 * reading it: a pointer over a notice holds it too), and the view is panned by hand so that the
 * element is under it. On the build before, each of the three left the element under the notice.
 * 1280×800 light and 1440×900 dark; screenshots to E2E_SHOTS.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument, node, openEmpty } from './helpers';

const WINDOWS = [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const;
const SHOTS = process.env.E2E_SHOTS ?? 'reports';

interface Box { left: number; right: number; top: number; bottom: number }
const boxOf = (b: { x: number; y: number; width: number; height: number }): Box => ({ left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height });
const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The notices' boxes now (page pixels). */
function noticeBoxes(page: Page): Promise<Box[]> {
  return page.getByRole('status', { name: 'Notices' }).getByRole('listitem').evaluateAll((items) =>
    items.map((li) => { const r = li.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; }));
}

/** The notices `id`'s node meets once the view has settled (none expected), with a notice showing. */
async function expectClearOfNotices(page: Page, id: string): Promise<void> {
  await expect.poll(async () => {
    const notices = await noticeBoxes(page);
    const box = await node(page, id).boundingBox();
    if (!notices.length || !box) return 'no notice or no node';
    return notices.filter((n) => meet(boxOf(box), n)).length;
  }, { message: `${id} clear of the notices`, timeout: 3000 }).toBe(0);
}

/** Imports a sample as a file, its "Imported …" notice kept showing while the test acts. */
async function importWithNotice(page: Page, sample: string): Promise<void> {
  // the notices' fade (Notices.tsx LIFETIME_MS) is put off: the steps below take longer on a busy machine
  await page.addInitScript(() => {
    const set = window.setTimeout.bind(window);
    window.setTimeout = ((run: TimerHandler, ms?: number, ...rest: unknown[]) => set(run, ms === 8000 ? 600_000 : ms, ...rest)) as typeof window.setTimeout;
  });
  await openEmpty(page);
  await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles(`public/samples/${sample}.json`);
  await expect(page.getByRole('status', { name: 'Notices' }).getByText(`Imported ${sample}.json.`)).toBeVisible();
  await expect.poll(async () => (await getDocument(page)).stages.length).toBeGreaterThan(0);
}

/** A point of the canvas's background (no card, no panel), to drag the view by. */
async function backgroundPoint(page: Page): Promise<{ x: number; y: number }> {
  const found = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.top + pane.height * 0.9; y > pane.top + 40; y -= 17) {
      for (let x = pane.left + 40; x < pane.right - 40; x += 23) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  expect(found, 'an empty spot of the canvas').not.toBeNull();
  return found!;
}

/** Pans the view by hand so that the point `at` of `id`'s node (0..1 of its box) is at the notice's `to` (0..1 of its box). */
async function panUnderNotice(page: Page, id: string, at: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const [notice] = await noticeBoxes(page);
  const box = (await node(page, id).boundingBox())!;
  const dx = notice!.left + (notice!.right - notice!.left) * to.x - (box.x + box.width * at.x);
  const dy = notice!.top + (notice!.bottom - notice!.top) * to.y - (box.y + box.height * at.y);
  const from = await backgroundPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + (dx * i) / 8, from.y + (dy * i) / 8);
  await page.mouse.up();
  await expect.poll(async () => {
    const now = await node(page, id).boundingBox();
    return !!now && (await noticeBoxes(page)).some((n) => meet(boxOf(now), n));
  }, { message: `${id} panned under the notice` }).toBe(true);
}

for (const { width, height, scheme } of WINDOWS) {
  test.describe(`${width}×${height} ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });

    test('Find + Enter centres the match clear of the notice', async ({ page }) => {
      // given loan-approval imported, its notice showing, its Intake stage given two more steps, and
      // the view zoomed in to 200%: the stage centred there is taller than the pane
      await importWithNotice(page, 'loan-approval');
      await node(page, 'Intake').click({ position: { x: 20, y: 12 } });
      await page.getByRole('button', { name: /^Add background step/ }).first().click();
      await node(page, 'Intake').click({ position: { x: 20, y: 12 } });
      await page.getByRole('button', { name: /^Add background step/ }).first().click();
      await expect.poll(async () => (await getDocument(page)).stages.find((s) => s.name === 'Intake')!.steps.length).toBe(4);
      // (Zoom in glides for 150 ms and a click during the glide zooms from where it is then: clicked
      // until the level reads 200%, the most there is, not a fixed number of times)
      await expect(async () => {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await expect(page.getByRole('button', { name: /^Zoom level 200%/ })).toBeVisible({ timeout: 400 });
      }).toPass({ timeout: 20_000 });
      // when Find looks for the Intake stage and Enter takes the first match
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: 'Find element' }).fill('Intake');
      await page.keyboard.press('Enter');
      // then the stage is selected, at 200% still, its header below the notice
      await expect(node(page, 'Intake')).toHaveClass(/selected/);
      await expect(page.getByRole('button', { name: /^Zoom level 200%/ })).toBeVisible();
      await expectClearOfNotices(page, 'Intake');
      await page.screenshot({ path: `${SHOTS}/revealClear-find-${width}-${scheme}.png` });
    });

    test('a notice\'s Show it brings the step out from under the notices', async ({ page }) => {
      // given loan-approval imported, a step's label made longer than Salesforce takes, and the
      // view panned by hand so that the step is under the notice
      await importWithNotice(page, 'loan-approval');
      await node(page, 'Verify_Income').click();
      const label = page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Label', exact: true });
      await label.fill('x'.repeat(300));
      await label.blur();
      await panUnderNotice(page, 'Verify_Income', { x: 0.5, y: 0.5 }, { x: 0.5, y: 0.6 });
      // when Run is refused and its notice's Show it is clicked
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const refused = page.getByRole('status', { name: 'Notices' }).getByRole('listitem').filter({ hasText: 'Can’t run yet' });
      await refused.getByRole('button', { name: 'Show it' }).click();
      // then the field of the problem has focus, and the step is clear of every notice
      await expect(label).toBeFocused();
      await expectClearOfNotices(page, 'Verify_Income');
      await page.screenshot({ path: `${SHOTS}/revealClear-showit-${width}-${scheme}.png` });
    });

    test('a step added from the palette is panned out from under the notice', async ({ page }) => {
      // given loan-approval imported and its Intake stage selected, its bottom under the notice
      await importWithNotice(page, 'loan-approval');
      await node(page, 'Intake').click({ position: { x: 20, y: 12 } });
      await panUnderNotice(page, 'Intake', { x: 0.5, y: 1 }, { x: 0.5, y: 0.3 });
      // when a background step is added from the palette (into the selected stage)
      const before = new Set((await getDocument(page)).stages.flatMap((s) => s.steps.map((st) => st.name)));
      await page.getByRole('button', { name: /^Add background step/ }).first().click();
      await expect.poll(async () => (await getDocument(page)).stages.find((s) => s.name === 'Intake')!.steps.length).toBe(3);
      const added = (await getDocument(page)).stages.find((s) => s.name === 'Intake')!.steps.map((s) => s.name).find((n) => !before.has(n))!;
      // then the new step is clear of the notice
      await expectClearOfNotices(page, added);
      await page.screenshot({ path: `${SHOTS}/revealClear-add-${width}-${scheme}.png` });
    });
  });
}
