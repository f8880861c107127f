/** Run view (issue 7): statuses on the canvas follow the engine's trace; scrub, intervene, explain. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitsForPayment as waiting } from './fixtures/waitsForPayment';
import { node } from './helpers';

interface TraceShape {
  run: { status: string; stalled: boolean; endedAt: number | null };
  stages: Record<string, { status: string }>;
  steps: Record<string, { stage: string; status: string; runAs: { user: string } | null; why: string | null }>;
  events: { seq: number; t: number; type: string; stage?: string; step?: string; by?: string }[];
}

const trace = (page: Page) => page.evaluate(() => window.stageflow.getTrace() as unknown as TraceShape | null);

async function startRun(page: Page): Promise<TraceShape> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  await expect.poll(() => trace(page).then((t) => t !== null)).toBe(true);
  return (await trace(page))!;
}

async function toEnd(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('End');
}

/** Statuses after every event at or before `t`, replayed independently of the app. */
function statusesAt(tr: TraceShape, t: number): Record<string, string> {
  const out: Record<string, string> = {};
  const end: Record<string, string> = { Completed: 'Completed', Errored: 'Error', Discontinued: 'Discontinued', Canceled: 'Canceled', Suspended: 'Suspended' };
  for (const e of tr.events) {
    if (e.t > t) break;
    if (e.type === 'stageStarted' && e.stage) {
      out[e.stage] = 'InProgress';
      for (const [step, info] of Object.entries(tr.steps)) if (info.stage === e.stage) out[step] = 'NotStarted';
    } else if (e.type.startsWith('stage') && e.stage) out[e.stage] = end[e.type.slice(5)] ?? out[e.stage]!;
    else if (e.type === 'stepStarted' && e.step) out[e.step] = 'InProgress';
    else if (e.type.startsWith('step') && e.step) out[e.step] = end[e.type.slice(4)] ?? out[e.step]!;
  }
  return out;
}

for (const sample of ['order-fulfilment', 'case-escalation', 'onboarding', 'loan-approval']) {
  test(`${sample}: the canvas ends with the trace's statuses and run-as users`, async ({ page }) => {
    // given
    await page.goto(`/?sample=${sample}`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    // when
    const tr = await startRun(page);
    await toEnd(page);
    // then
    for (const [name, info] of Object.entries(tr.steps)) {
      await expect(node(page, name)).toHaveAttribute('data-status', info.status);
      if (info.status !== 'NotStarted' && info.runAs) await expect(node(page, name)).toHaveAttribute('data-run-as', info.runAs.user);
    }
    for (const [name, info] of Object.entries(tr.stages)) await expect(node(page, name)).toHaveAttribute('data-status', info.status);
  });
}

test('scrubbing back shows exactly the statuses of that moment', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  const tr = await startRun(page);
  await toEnd(page);
  const middle = tr.events.find((e) => e.t > 0 && e.type === 'stepCompleted')!.t;
  // when
  await page.getByRole('slider', { name: 'Timeline' }).fill(String(middle));
  // then
  const expected = statusesAt(tr, middle);
  expect(Object.values(expected)).toContain('InProgress');
  for (const [name, status] of Object.entries(expected)) await expect(node(page, name)).toHaveAttribute('data-status', status);
  // and stepping back from the start of the run shows nothing started
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(node(page, 'Prepare_Order')).toHaveAttribute('data-status', 'InProgress');
  await page.getByRole('button', { name: 'Step back' }).click();
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(node(page, 'Prepare_Order')).toHaveAttribute('data-status', 'NotStarted');
});

test('plays to the end, then leaving run mode restores the editor untouched', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const before = await page.evaluate(() => JSON.stringify(window.stageflow.getDocument()));
  await startRun(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(node(page, 'Buddy')).toHaveAttribute('data-status', 'Completed', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Add stage' })).toHaveCount(0); // editing is locked
  await page.getByRole('button', { name: 'Exit run' }).click();
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await expect(node(page, 'Buddy')).not.toHaveAttribute('data-status', /.*/);
  expect(await page.evaluate(() => JSON.stringify(window.stageflow.getDocument()))).toBe(before);
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
});

test('a work item completed by hand closes it at that moment, as the chosen user', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  await startRun(page);
  const complete = page.getByRole('region', { name: 'Interventions' }).getByRole('button', { name: 'Complete work item' });
  for (let i = 0; i < 30 && !(await complete.isEnabled()); i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(complete).toBeEnabled();
  const now = Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
  // when
  await page.getByRole('combobox', { name: 'Acting user' }).selectOption('mgr_lee');
  await complete.click();
  // then
  await expect.poll(async () => (await trace(page))!.events.find((e) => e.type === 'workItemCompleted' && e.step === 'Manager_Review')?.t).toBe(now);
  const closed = (await trace(page))!.events.find((e) => e.type === 'workItemCompleted' && e.step === 'Manager_Review')!;
  expect(closed.by).toBe('mgr_lee');
  expect(now).toBeLessThan(3_600_000); // earlier than the scenario's own completion
  await toEnd(page);
  await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'Completed');
  await expect(node(page, 'Manager_Review')).toHaveAttribute('data-run-as', 'mgr_lee');
});

test('a stalled run says why a step never started; changing the record forks a future where it does', async ({ page }) => {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), waiting)).ok).toBe(true);
  const tr = await startRun(page);
  expect(tr.run.stalled).toBe(true);
  await toEnd(page);
  // then: the stall banner and the why text of the step
  await expect(page.getByText('The run is stuck')).toBeVisible();
  await node(page, 'Ship').click();
  const why = page.getByLabel('Why it has not started');
  await expect(why).toContainText('order.Paid');
  expect(tr.steps.Ship!.why).toContain('order.Paid');
  // when: at 500 ms, the order is paid
  await page.getByRole('slider', { name: 'Timeline' }).fill('500');
  await page.getByRole('combobox', { name: 'Value to change' }).selectOption('order.Paid');
  await page.getByRole('textbox', { name: 'New value' }).fill('true');
  await page.getByRole('button', { name: 'Set value' }).click();
  // then: a different future
  await expect.poll(async () => (await trace(page))!.run.status).toBe('Completed');
  await toEnd(page);
  await expect(node(page, 'Ship')).toHaveAttribute('data-status', 'Completed');
});

test('with reduced motion the run still shows each status as a discrete highlight', async ({ browser }) => {
  const ringTransition = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/?sample=onboarding');
    await expect(node(page, 'Buddy')).toBeVisible();
    await startRun(page);
    await page.getByRole('slider', { name: 'Timeline' }).fill('1000'); // Provision_Laptop is running (async)
    await expect(node(page, 'Provision_Laptop')).toHaveAttribute('data-status', 'InProgress');
    const ring = node(page, 'Provision_Laptop').getByRole('img', { name: /of its duration elapsed/ });
    await expect(ring).toBeVisible();
    const duration = await ring.locator('circle').nth(1).evaluate((el) => getComputedStyle(el).transitionDuration);
    await context.close();
    return duration.split(',').map((d) => parseFloat(d));
  };
  // then: the progress ring animates normally, and jumps from state to state with reduced motion
  expect((await ringTransition('no-preference')).some((d) => d > 0)).toBe(true);
  expect((await ringTransition('reduce')).every((d) => d === 0)).toBe(true);
});

test('an exported trace re-opens and replays without the engine', async ({ page }) => {
  // given: a trace file written by the engine, and a page whose simulation worker cannot load
  const { readFileSync } = await import('node:fs');
  const { simulate } = await import('../src/engine');
  const doc = JSON.parse(readFileSync('public/samples/order-fulfilment.json', 'utf8'));
  const scenario = JSON.parse(readFileSync('public/samples/order-fulfilment.scenario.json', 'utf8'));
  const expected = simulate(doc, scenario);
  await page.route('**/*simulation.worker*', (route) => route.abort());
  await page.goto('/?sample=order-fulfilment');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Load trace file' })).toBeVisible();
  // when
  await page.getByLabel('Trace file').setInputFiles({ name: 'trace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(expected)) });
  // then
  await expect.poll(() => trace(page).then((t) => t?.events.length)).toBe(expected.events.length);
  // the panel says where the run comes from, and offers no interventions (nothing ran it here)
  await expect(page.getByRole('note').filter({ hasText: 'read from a trace file' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Interventions' })).toHaveCount(0);
  await toEnd(page);
  for (const [name, info] of Object.entries(expected.steps)) await expect(node(page, name)).toHaveAttribute('data-status', info.status);
  await page.getByRole('slider', { name: 'Timeline' }).fill('0');
  await expect(node(page, 'Prepare_Order')).toHaveAttribute('data-status', 'InProgress');
  // and a broken trace file is refused with the place named
  await page.getByLabel('Trace file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"stageflow.trace","version":1}') });
  await expect(page.getByRole('alert').filter({ hasText: 'bad.json' })).toContainText('run');
});

test('a scenario whose record save does not launch the orchestration says so, and a save that does runs it', async ({ page }) => {
  // given the record-triggered case sample (started when a Case is created), its scenario starting the run with an update
  await page.goto('/?sample=case-escalation');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await dialog.getByRole('combobox', { name: 'The run starts with' }).selectOption('update');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // when
  const updated = await startRun(page);
  await toEnd(page);
  // then nothing ran, and the run view says why instead of "completed"
  expect(updated.events).toEqual([]);
  const banner = page.getByRole('status').filter({ hasText: 'The orchestration did not launch.' });
  await expect(banner).toContainText('The Case record was updated, but the orchestration starts only when a Case record is created.');
  await expect(page.getByText('The run completed.')).toHaveCount(0);
  // when the scenario's save creates the record instead
  await page.getByRole('button', { name: 'Exit run' }).click();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await dialog.getByRole('combobox', { name: 'The run starts with' }).selectOption('create');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const created = await startRun(page);
  // then it launches and runs
  expect(created.events.length).toBeGreaterThan(0);
  await toEnd(page);
  await expect(page.getByText('The orchestration did not launch.')).toHaveCount(0);
});

test('a scenario passes a value to an input variable and says when the run starts: the step that waited now runs, and the run view shows the calendar time', async ({ page }) => {
  // given the stalled design whose order record is an input variable (Available for input)
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  const design = { ...waiting, variables: [{ ...waiting.variables[0]!, input: true }] };
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), design)).ok).toBe(true);
  // when the scenario's launcher passes the order, paid, and the run starts on a given day
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const launch = page.getByRole('dialog', { name: 'Scenarios' }).getByRole('group', { name: 'Launch' });
  await expect(launch).toContainText('not passed: starts with its own value, 1 field');
  await launch.getByRole('checkbox', { name: /Pass order/ }).check();
  await launch.getByRole('combobox', { name: 'Paid value' }).selectOption('true');
  await launch.getByLabel('The run starts at (UTC)').fill('2026-03-09T14:30');
  await page.getByRole('dialog', { name: 'Scenarios' }).getByRole('button', { name: 'Close' }).click();
  // then
  const tr = await startRun(page);
  expect(tr.run.status).toBe('Completed');
  await toEnd(page);
  await expect(node(page, 'Ship')).toHaveAttribute('data-status', 'Completed');
  // and the run view gives the calendar time the run's end stands for, from the scenario's start
  const seconds = String(Math.floor(tr.run.endedAt! / 1000)).padStart(2, '0');
  await expect(page.getByRole('toolbar', { name: 'Run controls' })).toContainText(`Mon 9 Mar 2026, 14:30:${seconds} UTC`);
  await page.getByRole('slider', { name: 'Timeline' }).press('Home');
  await expect(page.getByRole('toolbar', { name: 'Run controls' })).toContainText('Mon 9 Mar 2026, 14:30:00 UTC');
  // and the scenario keeps both when it is opened again
  await page.getByRole('button', { name: 'Exit run' }).click();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(launch.getByLabel('The run starts at (UTC)')).toHaveValue('2026-03-09T14:30');
  await expect(launch.getByRole('checkbox', { name: /Pass order/ })).toBeChecked();
});

test('a run cut short by the time limit says so with the limit; raised in Scenarios → Launch, the run completes', async ({ page }) => {
  // given a design whose work takes two days of virtual time, more than the default limit of one
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  const twoDays = { ...waiting, flows: [{ ...waiting.flows[0]!, behavior: { durationMs: 2 * 86_400_000 } }], stages: [{ name: 'Fulfil', steps: [{ name: 'Pack', kind: 'background', flow: 'Work' }] }] };
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), twoDays)).ok).toBe(true);
  // when it runs with the default scenario
  const cut = await startRun(page);
  await toEnd(page);
  // then the run view names the limit and where it is set
  expect(cut.run.status).toBe('InProgress');
  await expect(page.getByRole('status').filter({ hasText: 'The simulation stopped at its time limit, 24 h of virtual time. The limits are set in Scenarios, under Launch.' })).toBeVisible();
  // and the Timeline ends there too, not at the run's last event (0 ms)
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveValue('86400000');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuetext', /24 h/);
  // when the limit is raised to three days
  await page.getByRole('button', { name: 'Exit run' }).click();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const launch = page.getByRole('dialog', { name: 'Scenarios' }).getByRole('group', { name: 'Launch' });
  await launch.getByRole('spinbutton', { name: 'Time limit' }).fill('3');
  await page.getByRole('dialog', { name: 'Scenarios' }).getByRole('button', { name: 'Close' }).click();
  // then it completes
  const full = await startRun(page);
  expect(full.run.status).toBe('Completed');
  await toEnd(page);
  await expect(page.getByText('The run completed.')).toBeVisible();
});

test('a custom relationship gets its record once the admin names its object: the step that read null now starts', async ({ page }) => {
  // given a Case orchestration whose Close_Out step waits for the parent case (Parent_Case__r) to be Closed
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  const design = {
    ...waiting, name: 'Parent_Case_Watch', label: 'Parent case watch', variables: [],
    trigger: { type: 'recordTriggered', object: 'Case', when: 'create', triggeredBy: 'ops' },
    stages: [{ name: 'Follow_Up', steps: [
      { name: 'Close_Out', kind: 'background', flow: 'Work', start: { mode: 'requirements', logic: 'and', requirements: [{ left: '$Record.Parent_Case__r.Status', operator: 'EqualTo', right: { string: 'Closed' } }] } },
    ] }],
  };
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), design)).ok).toBe(true);
  const stalled = await startRun(page);
  expect(stalled.steps.Close_Out!.status).toBe('NotStarted');
  await page.getByRole('button', { name: 'Exit run' }).click();
  // when the admin names the relationship's object, adds the record and closes it
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const trigger = dialog.getByRole('group', { name: 'Triggering record ($Record)' });
  await expect(trigger).toContainText('Parent_Case__r (Status) — no record yet: Parent_Case__r reads null.');
  await trigger.getByRole('combobox', { name: 'Object of the Parent_Case__r record' }).fill('Case');
  await trigger.getByRole('button', { name: 'Add the Parent_Case__r (a Case record)' }).click();
  await expect(trigger).toContainText("Parent_Case__c points to Case 1 of the org's records");
  await expect(trigger.getByRole('listitem').filter({ hasText: 'Parent_Case__r' })).toBeFocused();
  await dialog.getByRole('group', { name: 'Case 1' }).getByRole('textbox', { name: 'Status value' }).fill('Closed');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // then the step reads the parent's Status through Parent_Case__c and runs
  const ran = await startRun(page);
  expect(ran.steps.Close_Out!.status).toBe('Completed');
  expect(ran.run.status).toBe('Completed');
});

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
  await expect(page.getByRole('button', { name: 'Step forward' })).toBeDisabled();
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
