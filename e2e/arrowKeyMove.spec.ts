/**
 * An arrow key on a selected node moves it along that key's axis only, by the grid step with Snap
 * to grid on and 5 px with it off; the other cards stay where they are, and Undo puts the node back
 * (docs/editor.md, "Arrow keys move along their axis", src/canvas/arrowMove.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument, node } from './helpers';

/** A node's place on the canvas (flow coordinates, as React Flow draws it) and its size. */
async function box(page: Page, name: string) {
  return node(page, name).evaluate((el: HTMLElement) => {
    const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(el.style.transform);
    if (!m) throw new Error(`no position on ${el.dataset.id}: ${el.style.transform}`);
    return { x: Number(m[1]), y: Number(m[2]), w: el.offsetWidth, h: el.offsetHeight };
  });
}

/** The tour's design: a new design, Skip to the canvas, S B I. Returns the element names. */
async function stageWithTwoSteps(page: Page) {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await page.getByRole('link', { name: 'Skip to the canvas' }).focus();
  await page.keyboard.press('Enter');
  for (const key of ['s', 'b', 'i']) await page.keyboard.press(key);
  await expect.poll(async () => (await getDocument(page)).stages[0]?.steps.length ?? 0).toBe(2);
  const stage = (await getDocument(page)).stages[0]!;
  const [background, interactive] = stage.steps.map((s) => s.name) as [string, string];
  await expect(node(page, interactive)).toBeVisible();
  return { stage: stage.name, background, interactive };
}

async function setSnap(page: Page, on: boolean) {
  const snap = page.getByRole('button', { name: 'Snap to grid' });
  if ((await snap.getAttribute('aria-pressed')) !== String(on)) await snap.click();
  await expect(snap).toHaveAttribute('aria-pressed', String(on));
}

/** Focuses a node and selects it with Enter, as from the keyboard. */
async function selectByKeyboard(page: Page, name: string) {
  await node(page, name).focus();
  if (!(await node(page, name).evaluate((el) => el.classList.contains('selected')))) await page.keyboard.press('Enter');
  await expect(node(page, name)).toHaveClass(/\bselected\b/);
  await expect(node(page, name)).toBeFocused();
}

/** The grid line (Snap to grid's 20 px) after `at`, going right or down. */
const nextLine = (at: number) => Math.floor(at / 20) * 20 + 20;

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('Snap to grid on: → twice moves the interactive step right only; the background step and the stage stay as they were; Undo puts it back', async ({ page }) => {
  const { stage, background, interactive } = await stageWithTwoSteps(page);
  await setSnap(page, true);
  await selectByKeyboard(page, interactive);
  const before = { step: await box(page, interactive), other: await box(page, background), stage: await box(page, stage) };
  await press(page, 'ArrowRight', 2);
  await expect.poll(async () => (await box(page, interactive)).x).toBeGreaterThan(before.step.x);
  const after = await box(page, interactive);
  // right only: the same y; the first press to the next grid line (20 px), the second one grid step on
  expect(after.y).toBe(before.step.y);
  expect(after.x).toBe(nextLine(before.step.x) + 20);
  // the other card keeps its place above, and the stage its height
  expect(await box(page, background)).toEqual(before.other);
  expect((await box(page, stage)).h).toBe(before.stage.h);
  expect((await box(page, stage)).y).toBe(before.stage.y);
  // focus stays on the moved card, so the next arrow moves it again
  await expect(node(page, interactive)).toBeFocused();
  // Undo, once per press, puts it back exactly
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => box(page, interactive)).toEqual(before.step);
  expect(await box(page, background)).toEqual(before.other);
});

test('Snap to grid on: ↓ moves a stage off the grid down only and → a decision off the grid right only', async ({ page }) => {
  const { stage } = await stageWithTwoSteps(page);
  await page.getByRole('region', { name: 'Canvas' }).focus();
  await page.keyboard.press('d');
  await expect.poll(async () => (await getDocument(page)).decisions?.length ?? 0).toBe(1);
  const decision = (await getDocument(page)).decisions![0]!.name;
  await expect(node(page, decision)).toBeVisible();
  // given both 5 px off the grid on both axes (moved with Snap to grid off)
  await setSnap(page, false);
  for (const name of [stage, decision]) {
    await selectByKeyboard(page, name);
    const from = await box(page, name);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => box(page, name)).toEqual({ ...from, x: from.x + 5, y: from.y + 5 });
  }
  await setSnap(page, true);

  await selectByKeyboard(page, stage);
  const stageBefore = await box(page, stage);
  await press(page, 'ArrowDown', 1);
  await expect.poll(async () => (await box(page, stage)).y).toBeGreaterThan(stageBefore.y);
  const stageAfter = await box(page, stage);
  expect(stageAfter.x).toBe(stageBefore.x);
  expect(stageAfter.y).toBe(nextLine(stageBefore.y));

  await selectByKeyboard(page, decision);
  const decisionBefore = await box(page, decision);
  await press(page, 'ArrowRight', 1);
  await expect.poll(async () => (await box(page, decision)).x).toBeGreaterThan(decisionBefore.x);
  const decisionAfter = await box(page, decision);
  expect(decisionAfter.y).toBe(decisionBefore.y);
  expect(decisionAfter.x).toBe(nextLine(decisionBefore.x));
  // Shift+→ four grid steps
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => box(page, decision)).toEqual({ ...decisionAfter, x: decisionAfter.x + 80 });
  // the stage, not selected any more, stayed where the arrow put it
  expect(await box(page, stage)).toEqual(stageAfter);
});

test('Snap to grid off: each arrow moves a step, a stage and a decision 5 px along its own axis', async ({ page }) => {
  const { stage, background, interactive } = await stageWithTwoSteps(page);
  await setSnap(page, false);
  await page.getByRole('region', { name: 'Canvas' }).focus();
  await page.keyboard.press('d');
  await expect.poll(async () => (await getDocument(page)).decisions?.length ?? 0).toBe(1);
  const decision = (await getDocument(page)).decisions![0]!.name;
  await expect(node(page, decision)).toBeVisible();

  await selectByKeyboard(page, interactive);
  const step = await box(page, interactive);
  const other = await box(page, background);
  await press(page, 'ArrowRight', 2);
  await expect.poll(async () => box(page, interactive)).toEqual({ ...step, x: step.x + 10 });
  await press(page, 'ArrowDown', 1);
  await expect.poll(async () => box(page, interactive)).toEqual({ ...step, x: step.x + 10, y: step.y + 5 });
  expect(await box(page, background)).toEqual(other);

  await selectByKeyboard(page, stage);
  const stageBefore = await box(page, stage);
  await press(page, 'ArrowUp', 1);
  await expect.poll(async () => (await box(page, stage)).y).toBe(stageBefore.y - 5);
  expect((await box(page, stage)).x).toBe(stageBefore.x);

  await selectByKeyboard(page, decision);
  const decisionBefore = await box(page, decision);
  await press(page, 'ArrowLeft', 1);
  await expect.poll(async () => box(page, decision)).toEqual({ ...decisionBefore, x: decisionBefore.x - 5 });
  // Shift moves four times as far
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => box(page, decision)).toEqual({ ...decisionBefore, x: decisionBefore.x - 5, y: decisionBefore.y + 20 });
});

test('Snap to grid on: ↑ on the lower step moves it up one grid step at a time and the step above stays above until the card passes its middle; then it goes below; Undo takes one press back', async ({ page }) => {
  const { background, interactive } = await stageWithTwoSteps(page);
  await setSnap(page, true);
  await selectByKeyboard(page, interactive);
  const step = await box(page, interactive);
  const other = await box(page, background);
  expect(other.y + other.h).toBeLessThan(step.y);
  // each press moves it up only, to the grid line and then one grid step; the step above keeps its
  // place while the moved card's top is below its middle — even inside the 24 px the stage keeps
  const middle = other.y + other.h / 2;
  let y = step.y;
  for (let press = 1; Math.ceil(y / 20) * 20 - 20 >= middle; press++) {
    y = Math.ceil(y / 20) * 20 - 20;
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => box(page, interactive), `press ${press}`).toEqual({ ...step, y });
    expect(await box(page, background), `press ${press}`).toEqual(other);
  }
  expect(y).toBeLessThan(other.y + other.h + 24);
  const beforePass = await box(page, interactive);
  // the press that takes its top past the middle: the step above goes below it, 24 px under it
  await page.keyboard.press('ArrowUp');
  const passed = Math.ceil(y / 20) * 20 - 20;
  await expect.poll(async () => box(page, interactive)).toEqual({ ...step, y: passed });
  await expect.poll(async () => box(page, background)).toEqual({ ...other, y: passed + step.h + 24 });
  // one Undo: that press back, the step above above again
  await page.keyboard.press('Control+z');
  await expect.poll(async () => box(page, interactive)).toEqual(beforePass);
  expect(await box(page, background)).toEqual(other);
});

test('Snap to grid off: one ↑ on the lower step moves it 5 px up; the step above stays where it was', async ({ page }) => {
  const { background, interactive } = await stageWithTwoSteps(page);
  await setSnap(page, false);
  await selectByKeyboard(page, interactive);
  const step = await box(page, interactive);
  const other = await box(page, background);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => box(page, interactive)).toEqual({ ...step, y: step.y - 5 });
  expect(await box(page, background)).toEqual(other);
});

test('Snap to grid on: ↓ on the upper step moves it down one grid step; the step stacked below follows it, below', async ({ page }) => {
  const { background, interactive } = await stageWithTwoSteps(page);
  await setSnap(page, true);
  await selectByKeyboard(page, background);
  const step = await box(page, background);
  const other = await box(page, interactive);
  const gap = other.y - (step.y + step.h);
  for (let press = 1; press <= 3; press++) {
    await page.keyboard.press('ArrowDown');
    const y = nextLine(step.y) + 20 * (press - 1);
    await expect.poll(async () => box(page, background), `press ${press}`).toEqual({ ...step, y });
    await expect.poll(async () => box(page, interactive), `press ${press}`).toEqual({ ...other, y: y + step.h + gap });
  }
});

test('Ctrl+A then →: the stage moves right only and each step keeps its place in it', async ({ page }) => {
  const { stage, background, interactive } = await stageWithTwoSteps(page);
  await setSnap(page, true);
  await selectByKeyboard(page, interactive);
  await page.keyboard.press('Control+a');
  await expect(node(page, stage)).toHaveClass(/\bselected\b/);
  const before = { stage: await box(page, stage), background: await box(page, background), interactive: await box(page, interactive) };
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await box(page, stage)).x).toBe(nextLine(before.stage.x));
  const dx = (await box(page, stage)).x - before.stage.x;
  expect(await box(page, stage)).toEqual({ ...before.stage, x: before.stage.x + dx });
  expect(await box(page, background)).toEqual({ ...before.background, x: before.background.x + dx });
  expect(await box(page, interactive)).toEqual({ ...before.interactive, x: before.interactive.x + dx });
});
