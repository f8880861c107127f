/**
 * Framing and focus (issue 15 items 2 and 3): a new element appears in view, Find + Enter zooms to
 * the match, the view follows the run (a toggle, on by default; with reduced motion too), and an
 * interactive step waits for the user, whose node offers "Complete work item", when the scenario
 * leaves work items to the user.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { node, openEmpty } from './helpers';
import { startRun } from './runHelpers';

test.use({ viewport: { width: 1280, height: 800 } });

/** Whether the whole of `target` is inside the canvas pane (`corner`: its top-left, for a box bigger than the pane). */
async function inPane(page: Page, target: Locator, corner = false): Promise<boolean> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const b = await target.boundingBox();
  if (!b) return false;
  const right = corner ? b.x + Math.min(b.width, 40) : b.x + b.width;
  const bottom = corner ? b.y + Math.min(b.height, 40) : b.y + b.height;
  return b.x >= pane.x - 1 && b.y >= pane.y - 1 && right <= pane.x + pane.width + 1 && bottom <= pane.y + pane.height + 1;
}

const zoom = (page: Page) => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
const transform = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);

async function timelineKey(page: Page, key: 'Home' | 'End'): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press(key);
}

test('each stage added to a new design appears in view, however many there are', async ({ page }) => {
  // given
  await openEmpty(page);
  for (let i = 1; i <= 8; i++) {
    // when
    await page.getByRole('button', { name: 'Add stage' }).click();
    // then: the canvas pans to it
    await expect.poll(() => inPane(page, node(page, `Stage_${i}`)), { message: `Stage_${i} in view` }).toBe(true);
  }
  // and steps added to the last stage (at the right, growing down towards the mini map) are in view too, not under the mini map
  for (let i = 1; i <= 6; i++) {
    await page.getByRole('button', { name: 'Add background step' }).click();
    await expect.poll(() => inPane(page, node(page, `Background_step_${i}`)), { message: `Background_step_${i} in view` }).toBe(true);
    await expect.poll(() => uncovered(page, node(page, `Background_step_${i}`)), { message: `Background_step_${i} not under a panel` }).toBe(true);
  }
});

/** Whether `target` is clear of the panels drawn over the bottom of the canvas (mini map, zoom controls). */
async function uncovered(page: Page, target: Locator): Promise<boolean> {
  const b = await target.boundingBox();
  if (!b) return false;
  const panels = await page.locator('.react-flow__panel').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
  return panels.every((p) => b.x + b.width <= p.x || b.x >= p.x + p.width || b.y + b.height <= p.y || b.y >= p.y + p.height);
}

test('Fit view keeps the design out from under the zoom controls: a wrapped design whose last stage ends at the bottom-left', async ({ page }) => {
  // given three stages of 3, 1 and 2 steps: the third wraps under the first, at the bottom-left
  await openEmpty(page);
  for (const steps of [3, 1, 2]) {
    await page.getByRole('button', { name: 'Add stage' }).click();
    for (let i = 0; i < steps; i++) await page.getByRole('button', { name: i % 2 ? 'Add interactive step' : 'Add background step' }).click();
  }
  // when
  await page.getByRole('button', { name: 'Fit view' }).click();
  // then every node is in the pane and none is under a panel
  for (const n of await page.locator('.react-flow__node').all()) {
    const id = await n.getAttribute('data-id');
    await expect.poll(() => inPane(page, n), { message: `${id} in view` }).toBe(true);
    await expect.poll(() => uncovered(page, n), { message: `${id} not under a panel` }).toBe(true);
  }
});

/** Every node's id that is not wholly inside the canvas pane. */
const outside = (page: Page) => page.evaluate(() => {
  const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((n) => {
    const b = n.getBoundingClientRect();
    return b.left < pane.left - 1 || b.top < pane.top - 1 || b.right > pane.right + 1 || b.bottom > pane.bottom + 1;
  }).map((n) => n.dataset.id);
});

/** The zoom once Fit view's glide has ended (two reads 150 ms apart agree). */
async function steadyZoom(page: Page): Promise<number> {
  await expect.poll(async () => {
    const before = await transform(page);
    await page.waitForTimeout(150);
    return before === (await transform(page));
  }).toBe(true);
  return zoom(page);
}

/** Zooms in `times` and drags the pane, so that the view is far from any frame. */
async function wanderOff(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(200);
  }
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 30, pane.y + pane.height - 30);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 330, pane.y + pane.height - 230, { steps: 8 });
  await page.mouse.up();
}

test('Run and Exit run frame the design wherever the user left the view', async ({ page }) => {
  // given loan-approval as it opens (framed whole at 1280×800), then zoomed in and dragged away
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Credit_Check')).toBeVisible();
  await expect.poll(() => outside(page)).toEqual([]);
  const opened = await steadyZoom(page);
  await wanderOff(page, 4);
  await expect.poll(() => outside(page).then((ids) => ids.length)).toBeGreaterThan(0);
  // when Run
  await startRun(page);
  // then the run view frames the design afresh in its shorter pane: the first stage in view, the zoom readable again
  await expect.poll(() => inPane(page, node(page, 'Intake'))).toBe(true);
  await expect.poll(() => zoom(page)).toBeLessThanOrEqual(opened + 0.01);
  expect(await zoom(page)).toBeGreaterThanOrEqual(0.72);
  // when the user wanders off in the run view, then leaves it
  await wanderOff(page, 4);
  await expect.poll(() => outside(page).then((ids) => ids.length)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Exit run' }).click();
  // then the editor frames it as it opened
  await expect.poll(() => outside(page)).toEqual([]);
  await expect.poll(() => zoom(page)).toBeCloseTo(opened, 2);
});

test('Fit view frames what remains after deletes, and an imported design', async ({ page }) => {
  // given a new design of three stages of two steps, fitted, then its last two stages deleted
  await openEmpty(page);
  for (let s = 0; s < 3; s++) {
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('button', { name: 'Add background step' }).click();
    await page.getByRole('button', { name: 'Add interactive step' }).click();
  }
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  for (const stage of ['Stage_3', 'Stage_2']) {
    await node(page, stage).locator('.sf-stage-header').click();
    await page.keyboard.press('Delete');
    await expect(node(page, stage)).toHaveCount(0);
  }
  await wanderOff(page, 3);
  // when
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  // then the one stage left is in view, as large as Fit view draws it when it is all there is
  await expect.poll(() => outside(page)).toEqual([]);
  const fitted = await steadyZoom(page);
  // (the same stage built afresh on a new design)
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  await page.getByRole('button', { name: 'Add interactive step' }).click();
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect.poll(() => zoom(page)).toBeCloseTo(fitted, 2);
  // and a design imported over a view the user moved opens framed, and Fit view keeps it so
  await wanderOff(page, 3);
  const sample = await (await page.request.get('/samples/loan-approval.json')).text();
  expect((await page.evaluate((d) => window.stageflow.loadDocument(d), sample)).ok).toBe(true);
  await expect(node(page, 'Credit_Check')).toBeVisible();
  await expect.poll(() => outside(page)).toEqual([]);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect.poll(() => outside(page)).toEqual([]);
  expect(await zoom(page)).toBeGreaterThanOrEqual(0.72);
});

test('Find + Enter selects the match and zooms in to it', async ({ page }) => {
  // given the sample, zoomed far out
  await page.goto('/?sample=order-fulfilment');
  await expect(node(page, 'Charge_Payment')).toBeVisible({ timeout: 15_000 });
  // (each click animates; a click during the animation before may zoom out less, so click until far out)
  for (let i = 0; i < 12 && (await zoom(page)) >= 0.45; i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(250);
  }
  await expect.poll(() => zoom(page)).toBeLessThan(0.5);
  // when
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Find element' }).fill('Charge_Payment');
  await page.keyboard.press('Enter');
  // then
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.72);
  await expect.poll(() => inPane(page, node(page, 'Charge_Payment'))).toBe(true);
  await expect(node(page, 'Charge_Payment')).toHaveClass(/selected/);
});

test('Find lists each match with its kind, as the Outline does: a stage and a step that share a label are told apart', async ({ page }) => {
  // given the default sample, whose stage Ship order holds Create shipment and Mark order shipped
  await page.goto('/?sample=order-fulfilment');
  await expect(node(page, 'Ship_Order')).toBeVisible();
  // when "ship" is looked for
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Find element' }).fill('ship');
  // then each match says what it is (before: the label and API name only)
  await expect(page.getByRole('list', { name: 'Matches' }).getByRole('button')).toHaveText([
    'Stage Ship order (Ship_Order)',
    'Background step Create shipment (Create_Shipment_Label)',
    'Background step Mark order shipped (Mark_Shipped)',
  ]);
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`the view follows the run to a change out of view, and stays put when told not to (${reducedMotion} motion)`, async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // given a run, zoomed in on the start of the design, not following
    await page.goto('/?sample=order-fulfilment');
    await startRun(page);
    const follow = page.getByRole('checkbox', { name: 'Follow the run' });
    await expect(follow).toBeChecked(); // on by default
    await follow.uncheck();
    // (zoomed in as far as the canvas goes, so the end of the run is out of view whatever the animation timing)
    for (let i = 0; i < 12 && (await zoom(page)) < 1.99; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(250);
    }
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(1.99);
    // and the last press's glide has ended (a zoom of 1.999 passes the poll above and moved on to 2
    // while the run was being shown: CI read "the view moved" from that)
    await expect.poll(async () => {
      const before = await transform(page);
      await page.waitForTimeout(150);
      return before === (await transform(page));
    }).toBe(true);
    const still = await transform(page);
    // when the run is shown at its end
    await timelineKey(page, 'End');
    // then the view did not move, and the last change is out of view
    const changed = page.locator('.react-flow__node:has(.run-change-mark)');
    await expect(changed).toHaveCount(1);
    const last = (await changed.getAttribute('data-id'))!;
    expect(await transform(page)).toBe(still);
    expect(await inPane(page, node(page, last), true)).toBe(false);
    // when following, from the start again
    await timelineKey(page, 'Home');
    await follow.check();
    await timelineKey(page, 'End');
    // then the canvas pans to it (to its top-left when it is bigger than the pane), keeping the zoom
    await expect.poll(() => inPane(page, node(page, last), true)).toBe(true);
    await context.close();
  });
}

test('a pan by hand while the run plays turns Follow the run off, and the view stays where the user took it', async ({ page }) => {
  // given a run playing at 1×, zoomed in, following (on by default)
  await page.goto('/?sample=order-fulfilment');
  await startRun(page);
  const follow = page.getByRole('checkbox', { name: 'Follow the run' });
  await expect(follow).toBeChecked();
  for (let i = 0; i < 6; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(200);
  }
  await page.getByRole('button', { name: 'Play' }).click();
  // when the user drags the pane while the run goes on (an empty corner of it, slowly)
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 250, pane.y + 20);
  await page.mouse.down();
  for (let k = 1; k <= 20; k++) {
    await page.mouse.move(pane.x + pane.width - 250 - k * 8, pane.y + 20 + k * 4);
    await page.waitForTimeout(40);
  }
  // then following is off (it moved the view from under the hand before)
  await expect(follow).not.toBeChecked();
  await page.mouse.up();
  const left = await transform(page);
  // and while the run plays on, changing things out of view, the view stays where the user left it
  const slider = page.getByRole('slider', { name: 'Timeline' });
  const at = Number(await slider.inputValue());
  await expect.poll(async () => Number(await slider.inputValue()), { timeout: 15_000 }).toBeGreaterThan(at + 2000);
  expect(await transform(page)).toBe(left);
});

test('an interactive step waits for the user, whose node offers "Complete work item"', async ({ page }) => {
  // given the case sample, whose scenario leaves work items to the user (autoCompleteWorkItems false)
  await page.goto('/?sample=case-escalation');
  await startRun(page);
  const complete = node(page, 'Manager_Review').getByRole('button', { name: 'Complete work item' });
  // when the run reaches the review
  for (let i = 0; i < 30 && !(await complete.isVisible()); i++) await page.getByRole('button', { name: 'Step forward' }).click();
  // then the step waits, its node offering to complete the work item
  await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'InProgress');
  await expect(complete).toBeVisible();
  const now = Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
  // when
  await complete.click();
  // then the run goes on from that moment: the item closes then, as its assignee
  await expect.poll(() => page.evaluate(() => window.stageflow.getTrace()?.events.find((e) => e.type === 'workItemCompleted' && e.step === 'Manager_Review')?.t)).toBe(now);
  await timelineKey(page, 'End');
  await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'Completed');
  await expect(complete).toHaveCount(0);
});

/** `stages` stages in a chain, each with `steps` background steps. */
function largeDesign(stages: number, steps: number) {
  return {
    format: 'stageflow.orchestration', version: 1, name: 'Large_Design', label: 'Large design', apiVersion: 63,
    trigger: { type: 'autolaunched', launchedBy: 'ops', runContext: 'user' },
    users: [{ username: 'ops', active: true }],
    flows: [{ name: 'Work', type: 'autolaunched', active: true, elements: ['Action'], behavior: { durationMs: 1000 } }],
    stages: Array.from({ length: stages }, (_, s) => ({
      name: `Stage_${s + 1}`,
      ...(s + 1 < stages ? { next: `Stage_${s + 2}` } : {}),
      steps: Array.from({ length: steps }, (_, i) => ({ name: `Step_${s + 1}_${i + 1}`, kind: 'background', flow: 'Work' })),
    })),
  };
}

test('a large design opens at a readable zoom on its first stages, the mini map showing its steps', async ({ page }) => {
  // given
  await openEmpty(page);
  // when 30 stages of 5 steps are opened
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), largeDesign(30, 5))).ok).toBe(true);
  await expect(node(page, 'Stage_30')).toHaveCount(1);
  // then the view is readable and starts where the run starts
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.72);
  await expect.poll(() => inPane(page, node(page, 'Step_1_1'))).toBe(true);
  expect(await inPane(page, node(page, 'Stage_30'), true)).toBe(false);
  // and the mini map draws every step as well as every stage
  await expect(page.locator('.react-flow__minimap [data-kind=stage]')).toHaveAttribute('data-count', '30');
  await expect(page.locator('.react-flow__minimap [data-kind=step]')).toHaveAttribute('data-count', String(30 * 5));
  expect(((await page.locator('.react-flow__minimap [data-kind=step]').getAttribute('d')) ?? '').match(/z/g)).toHaveLength(30 * 5);
  // when Fit view: everything in view
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect.poll(() => inPane(page, node(page, 'Stage_30'))).toBe(true);
});

test("the mini map frames the part in view, and dragging in it pans the canvas", async ({ page }) => {
  // given a large design opened on its first stages
  await openEmpty(page);
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), largeDesign(30, 5))).ok).toBe(true);
  await expect(node(page, 'Stage_30')).toHaveCount(1);
  const map = page.locator('.sf-minimap');
  const frame = page.locator('.sf-minimap-view');
  const mapBox = (await map.boundingBox())!;
  // then the frame is a narrow part at the start of the drawing, inside the mini map
  await expect.poll(async () => (await frame.boundingBox())!.width).toBeLessThan(mapBox.width / 3);
  const opened = (await frame.boundingBox())!;
  expect(opened.x).toBeGreaterThanOrEqual(mapBox.x - 0.5);
  expect(opened.x + opened.width).toBeLessThan(mapBox.x + mapBox.width / 2);
  // when the user drags in the mini map to the right
  const before = await transform(page);
  await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(mapBox.x + mapBox.width / 2 + 30, mapBox.y + mapBox.height / 2, { steps: 6 });
  await page.mouse.up();
  // then the canvas pans and the frame follows to the right
  await expect.poll(() => transform(page)).not.toBe(before);
  await expect.poll(async () => (await frame.boundingBox())!.x).toBeGreaterThan(opened.x + 10);
  // when Fit view: the frame takes in the whole drawing
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect.poll(async () => (await frame.boundingBox())!.width).toBeGreaterThan(opened.width * 2);
});

// until 2026-12-05 they stayed enabled on an empty design and did nothing when pressed
test('on an empty design Select all, Tidy up and Fit view are disabled in the toolbar, the canvas menu and their key; a stage enables them', async ({ page }) => {
  // given a new design
  await openEmpty(page);
  // then the toolbar's buttons are disabled
  await expect(page.getByRole('button', { name: 'Tidy up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Fit view', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Fit the whole design in view' })).toBeDisabled();
  await page.screenshot({ path: 'reports/view-empty-design-toolbar.png' });
  // and so are the canvas menu's items
  const canvas = page.getByRole('region', { name: 'Canvas' });
  await canvas.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Canvas menu' });
  for (const name of ['Select all', 'Tidy up', 'Fit view']) await expect(menu.getByRole('menuitem', { name }), name).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitem', { name: 'Add stage here' })).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(canvas).toBeFocused();
  // Ctrl/Cmd+A selects nothing, not even the page's text
  await page.keyboard.press('ControlOrMeta+a');
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  // when a stage is added, they are enabled
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByRole('button', { name: 'Tidy up' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Fit view', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Fit the whole design in view' })).toBeEnabled();
});
