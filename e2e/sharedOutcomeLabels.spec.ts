/**
 * A decision's outcomes that go to one stage share one connector's path, and their labels shared
 * one spot: Colatabajonies' AIM orchestration drew "Completed" and "Closed" to its Closure stage over
 * each other. They now share one label naming each on its own line (docs/canvas.md, chosen); no label
 * lies on another, and every outcome's name is on the canvas. At 1280×800, with the default path to
 * another stage and to the same one. Outcomes to different stages on the next row (Triage → a
 * decision → two stages, at 1280×800 and 1440×900) leave the decision by one run down to the gap
 * and their labels lay 4 px apart there; they are now stacked down that run (docs/canvas.md).
 */
import { expect, test, type Page } from '@playwright/test';
import { node } from './helpers';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;
const step = (name: string) => ({ name, kind: 'background', flow: 'Do_Work', start: { mode: 'stageStarts' } });
const stage = (name: string, label: string, next?: string) => ({ name, label, exit: { mode: 'allStepsCompleted' }, steps: [step(`${name}_Work`)], ...(next ? { next } : {}) });
const outcome = (name: string, label: string, next: string) => ({ name, label, logic: 'and', requirements: [{ left: 'status', operator: 'EqualTo', right: { string: label } }], next });
const design = (defaultNext: string) => ({
  format: 'stageflow.orchestration', version: 1, name: 'Incident', apiVersion: 66, start: 'Check_Status',
  variables: [{ name: 'status', type: 'Text', value: 'Closed' }],
  flows: [{ name: 'Do_Work', type: 'autolaunched', active: true }],
  // the decision first, so that its outcomes go to the next column of its row, as in AIM
  stages: [stage('Work', 'Work'), stage('Closure', 'Closure Stage')],
  decisions: [{
    name: 'Check_Status', label: 'Check Incident Status', defaultNext,
    outcomes: [outcome('isCompleted', 'Completed', 'Closure'), outcome('isOpen', 'Open', 'Work'), outcome('isClosed', 'Closed', 'Closure'), outcome('isCancelled', 'Cancelled', 'Closure')],
  }],
});

interface Box { text: string; x: number; y: number; w: number; h: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every connector label's box on screen, its text a line per outcome joined by " | ". */
const labelBoxes = (page: Page): Promise<Box[]> => page.locator('.edge-label').evaluateAll((all) => all.map((e) => {
  const r = e.getBoundingClientRect();
  return { text: [...e.childNodes].map((c) => c.textContent).join(' | '), x: r.x, y: r.y, w: r.width, h: r.height };
}));

function expectApart(labels: Box[]): void {
  for (const [i, label] of labels.entries()) {
    for (const other of labels.slice(i + 1)) expect(overlap(label, other), `"${label.text}" on "${other.text}"`).toBe(false);
  }
}

async function open(page: Page, doc: object, size: { width: number; height: number }, last: string): Promise<void> {
  await page.setViewportSize(size);
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), doc)).ok).toBe(true);
  await expect(node(page, last)).toBeVisible();
  await expect(page.locator('.edge-label').first()).toBeVisible();
  await page.waitForTimeout(300); // the opening frame is set on the frame after the design renders
}

for (const defaultNext of ['Work', 'Closure']) {
  test(`outcomes to one stage: each name is on the canvas and no label lies on another (default path to ${defaultNext}, 1280×800)`, async ({ page }) => {
    // given the design open at 1280×800
    await open(page, design(defaultNext), { width: 1280, height: 800 }, 'Closure');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/shared-outcome-labels-default-${defaultNext}.png` });
    // then
    const labels = await labelBoxes(page);
    expectApart(labels);
    const names = labels.flatMap((l) => l.text.split(' | '));
    expect(names.sort()).toEqual(['Cancelled', 'Closed', 'Completed', 'Default', 'Open']);
    // the shared label names each outcome on a line of its own
    const shared = page.locator('.edge-label', { has: page.locator('.edge-label-line') });
    await expect(shared.locator('.edge-label-line')).toHaveText(['Completed', 'Closed', 'Cancelled']);
  });
}

// Triage, then a decision whose outcomes go to two stages that the arrangement puts on the next row
const triage = {
  format: 'stageflow.orchestration', version: 1, name: 'Support', apiVersion: 66, start: 'Triage',
  variables: [{ name: 'status', type: 'Text', value: 'Urgent' }],
  flows: [{ name: 'Do_Work', type: 'autolaunched', active: true }],
  stages: [stage('Triage', 'Triage', 'Route_Case'), stage('Escalate', 'Escalate'), stage('Resolve', 'Resolve')],
  decisions: [{
    name: 'Route_Case', label: 'Route the case', defaultNext: 'Resolve',
    outcomes: [outcome('isUrgent', 'Urgent', 'Escalate'), outcome('isRoutine', 'Routine request from a customer', 'Resolve')],
  }],
};

for (const size of [{ width: 1280, height: 800 }, { width: 1440, height: 900 }]) {
  test(`outcomes to two stages on the next row: no label lies on another (${size.width}×${size.height})`, async ({ page }) => {
    // given Triage → decision → two stages, open at this size
    await open(page, triage, size, 'Resolve');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/next-row-outcome-labels-${size.width}.png` });
    // then the stages are on a row below the decision (the case this test is for)
    const top = async (name: string) => (await node(page, name).boundingBox())!.y;
    expect(await top('Escalate')).toBeGreaterThan(await top('Route_Case'));
    expect(await top('Resolve')).toBeGreaterThan(await top('Route_Case'));
    // and every label is there, none on another
    const labels = await labelBoxes(page);
    expect(labels.map((l) => l.text).sort()).toEqual(['Default', 'Routine request from a customer', 'Urgent']);
    expectApart(labels);
  });
}
