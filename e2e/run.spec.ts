/** Run view (issue 7): statuses on the canvas follow the engine's trace; scrub, intervene, explain. */
import { expect, test } from '@playwright/test';
import { waitsForPayment as waiting } from './fixtures/waitsForPayment';
import { node } from './helpers';
import { startRun, toEnd, trace, type TraceShape } from './runHelpers';

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
