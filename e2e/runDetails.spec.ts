/** Run view (issue 7), its controls and panels: the Timeline's keys, Scenarios' record fields, the event log, the stuck-run banner, the details tabs and chart, decisions as of the moment shown. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { node } from './helpers';
import { startRun, toEnd, trace } from './runHelpers';

test('on the focused Timeline the arrow keys move one change of the run, Shift+arrow one millisecond', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  await startRun(page);
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await page.getByRole('button', { name: 'Reset' }).click(); // before the run's first event
  await slider.focus();
  const events = (await trace(page))!.events;
  const later = events.find((e) => e.t > 0)!;
  // when the right arrow is pressed until the time moves off 0
  let presses = 0;
  let said = await slider.getAttribute('aria-valuetext');
  while (Number(await slider.inputValue()) === 0 && presses < events.length) {
    await page.keyboard.press('ArrowRight');
    presses++;
    // then each press shows a change (an evaluation alone changes nothing on the canvas: it is passed over)
    const now = await slider.getAttribute('aria-valuetext');
    expect(now, `press ${presses}`).not.toBe(said);
    said = now;
  }
  // and it lands on a change after the start (a millisecond per press would stand at 1 ms)
  expect(Number(await slider.inputValue())).toBeGreaterThanOrEqual(later.t);
  expect(later.t).toBeGreaterThan(presses);
  // and Left goes back a change, Shift+Right one millisecond
  await page.keyboard.press('ArrowLeft');
  const back = Number(await slider.inputValue());
  expect(back).toBeLessThan(later.t);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(slider).toHaveValue(String(back + 1));
  // and Home is the first moment, before the run's first event (not after every event at 0 ms), End the last
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Step forward' })).toHaveAttribute('title', 'Already at the end of the run');
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '0 ms');
  await expect(page.locator('.react-flow__node[data-status]:not([data-status="NotStarted"])')).toHaveCount(0);
});

test('Scenarios does not offer to blank the fields the design\'s own $Record gives (the run would stall on an empty Total)', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await expect(node(page, 'Charge_Payment')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(dialog.getByText(/keeps the design's own value for \$Record \(.*Total.*\)/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: /fields? the design reads/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  // and the run still charges the payment (Total > 0 from the design)
  await startRun(page);
  await toEnd(page);
  await expect(node(page, 'Charge_Payment')).not.toHaveAttribute('data-status', 'NotStarted');
});

test('the event log filter that matches nothing says so, not that there are no events', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await startRun(page);
  await toEnd(page);
  await page.getByPlaceholder('Filter events').fill('zzz-nothing');
  await expect(page.getByText('No event so far matches "zzz-nothing".')).toBeVisible();
  await expect(page.getByText('No events yet.')).toHaveCount(0);
});

test('a run stuck on a work item nobody completes says whose it is and how to complete it; a stage never reached is named, and its steps say why', async ({ page }) => {
  // given the case sample with a new scenario in which work items do not complete by themselves
  await page.goto('/?sample=case-escalation');
  await expect(node(page, 'Manager_Review')).toBeVisible();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await dialog.getByRole('button', { name: 'New scenario' }).click();
  await dialog.getByLabel('Work items complete by themselves').uncheck();
  await page.keyboard.press('Escape');
  // when it runs to the end
  const tr = await startRun(page);
  expect(tr.run.stalled).toBe(true);
  await toEnd(page);
  // then the banner names the waiting work item and its user, and the stage the run never reached
  const banner = page.getByRole('status').filter({ hasText: 'The run is stuck' });
  await expect(banner).toContainText('it waits for a work item to be completed');
  await expect(banner).toContainText('Manager review Manager_Review waits for mgr_lee to complete its work item');
  await expect(banner).toContainText('Not reached: stage Resolve.');
  await expect(banner).not.toContainText('nothing can wake it any more');
  // and a step of that stage says why it never started in the Why panel (the trace lists only the
  // steps of stages that started, FORMAT §4)
  expect(tr.steps.Close_The_Case).toBeUndefined();
  await node(page, 'Close_The_Case').click();
  await expect(page.getByLabel('Why it has not started')).toContainText(/stage .?Resolve.? (has not started|never started)/);
});

test('the run details tabs are one tab stop, and the arrow keys choose a tab (Event log, Timeline chart)', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await startRun(page);
  const log = page.getByRole('tab', { name: 'Event log' });
  const chart = page.getByRole('tab', { name: 'Timeline chart' });
  await log.focus();
  // when → is pressed (before: nothing happened, and Tab went to the other tab)
  await page.keyboard.press('ArrowRight');
  // then the chart's tab is chosen and focused, its panel shown
  await expect(chart).toBeFocused();
  await expect(chart).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Timeline chart' })).toBeVisible();
  // and Tab leaves the tab list for the panel, Shift+Tab comes back to the chosen tab
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: 'Timeline chart' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(chart).toBeFocused();
  // and ← (or Home) goes back to the log
  await page.keyboard.press('ArrowLeft');
  await expect(log).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Event log' })).toBeVisible();
  await expect(log).toHaveAttribute('aria-controls', await page.getByRole('tabpanel').getAttribute('id') ?? '');
});

test('the Timeline chart fits its panel at 1280×800: every bar and the end of the axis in view, no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=onboarding');
  await startRun(page);
  await toEnd(page);
  await page.getByRole('tab', { name: 'Timeline chart' }).click();
  const chart = page.getByRole('img', { name: /Gantt chart/ });
  await expect(chart).toBeVisible();
  const panel = page.getByRole('tabpanel', { name: 'Timeline chart' });
  const fits = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(fits.scroll, 'the chart scrolls sideways').toBeLessThanOrEqual(fits.client);
  const panelBox = (await panel.boundingBox())!;
  const bars = await chart.locator('rect').evaluateAll((rects) => rects.map((r) => { const b = r.getBoundingClientRect(); return b.right; }));
  expect(bars.length).toBeGreaterThan(3);
  for (const right of bars) expect(right).toBeLessThanOrEqual(panelBox.x + panelBox.width + 0.5);
  // rows are named as on the canvas and in the event log, by label (they were API names), each left of the bars
  const rows = chart.locator('text[data-element]');
  await expect(rows.filter({ hasText: /^Create user accounts/ })).toHaveCount(1);
  await expect(rows.filter({ hasText: /^Create_User_Accounts/ })).toHaveCount(0);
  const barsStart = Math.min(...(await chart.locator('rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().left))));
  for (const right of await rows.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().right))) expect(right).toBeLessThanOrEqual(barsStart);
  // the axis ends with the run's end time, in view
  const axisEnd = chart.locator('text[text-anchor="end"]');
  const endBox = (await axisEnd.boundingBox())!;
  expect(endBox.x + endBox.width).toBeLessThanOrEqual(panelBox.x + panelBox.width + 0.5);
});

test('a decision that ran says which outcome it took, as of the moment shown (it said it had not run)', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await startRun(page);
  // its default behaviour reaches the decision
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Default behaviour' });
  await expect.poll(async () => (await trace(page))?.events.some((e) => e.type === 'decisionTaken')).toBe(true);
  const tr = (await trace(page))!;
  const taken = tr.events.find((e) => e.type === 'decisionTaken') as { t: number; decision?: string; outcome?: string | null } | undefined;
  expect(taken?.decision).toBe('Route_By_Amount');
  await toEnd(page);
  await node(page, 'Route_By_Amount').click();
  const selected = page.getByRole('region', { name: 'Selected element' });
  // named as the canvas names them: the outcome's label on its connector, the stage's label
  const doc = JSON.parse(readFileSync('public/samples/loan-approval.json', 'utf8')) as { stages: { name: string; label?: string }[]; decisions: { name: string; outcomes: { name: string; label?: string; next: string }[]; defaultNext: string }[] };
  const decision = doc.decisions.find((d) => d.name === 'Route_By_Amount')!;
  const outcome = decision.outcomes.find((o) => o.name === taken!.outcome);
  const to = doc.stages.find((s) => s.name === (outcome ? outcome.next : decision.defaultNext))!;
  await expect(selected).toContainText(`${outcome ? `Took outcome “${outcome.label ?? outcome.name}”` : 'Took its default path'} at `);
  await expect(selected).toContainText(`, to stage “${to.label ?? to.name}”.`);
  await expect(selected).not.toContainText('has not run');
  // before the moment it was taken, it has not been reached yet
  await page.getByRole('slider', { name: 'Timeline' }).fill('0');
  await expect(selected).toContainText('This decision has not been reached yet.');
});

test('at 1280×800 the run controls are one row, and the Timeline\'s marks sit under the thumb\'s course', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=order-fulfilment');
  await startRun(page);
  const toolbar = page.getByRole('toolbar', { name: 'Run controls' });
  // every control on the first row: the first and the last share their middle
  const middle = async (name: string) => {
    const box = (await toolbar.getByRole('button', { name, exact: true }).boundingBox())!;
    return box.y + box.height / 2;
  };
  expect(Math.abs((await middle('Exit run')) - (await middle('Play')))).toBeLessThanOrEqual(2);
  // the marks of the last change are centred on the thumb's centre at the end: none past the slider
  const slider = (await page.getByRole('slider', { name: 'Timeline' }).boundingBox())!;
  const lastMark = await page.getByTestId('timeline-ticks').locator('span').last().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { centre: box.left + box.width / 2, right: box.right };
  });
  expect(Math.abs(lastMark.centre - (slider.x + slider.width - 8))).toBeLessThanOrEqual(1.5);
  expect(lastMark.right).toBeLessThanOrEqual(slider.x + slider.width + 0.5);
});

test('Act on the run lists an open work item by its step\'s label, as the card and the event log name it', async ({ page }) => {
  // given the case sample at the moment Manager review's work item is assigned
  await page.goto('/?sample=case-escalation');
  await startRun(page);
  const item = page.getByRole('region', { name: 'Interventions' }).getByRole('combobox', { name: 'Open work item' });
  const next = page.getByRole('button', { name: 'Next change' });
  for (let i = 0; i < 8 && (await item.isDisabled()); i++) await next.click();
  await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'InProgress');
  // then
  await expect(item.locator('option:checked')).toHaveText('Manager review');
  await expect(item).toHaveValue('Manager_Review');
});
