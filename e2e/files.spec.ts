/** Designs that last and travel (issue 8): autosave, import/export JSON and XML, share links. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { exportMenu, fileMenu, getDocument, node } from './helpers';
import { encodeShareFragment } from '../src/io/shareLink';

const saved = (page: Page) => expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
const fileInput = (page: Page) => page.locator('header input[type="file"]');

test('a new design is saved in the browser and is there again after a reload', async ({ page }) => {
  // given
  await page.goto('/?new');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  await saved(page);
  const before = await getDocument(page);
  // when
  await page.reload();
  // then
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(1);
  expect(await getDocument(page)).toEqual(before);
  await expect(node(page, before.stages[0]!.steps[0]!.name)).toBeVisible();
  // and the library lists it
  await fileMenu(page, /Designs/);
  await expect(page.getByRole('dialog', { name: 'Design library' }).getByText('(open)')).toBeVisible();
});

test('a design that opens with warnings places each one in the editor\'s words, the file\'s path beside it', async ({ page }) => {
  // given the onboarding sample's own file, which carries one warning (its evaluation flow reads a change that wakes nothing)
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  // when it is imported
  await fileInput(page).setInputFiles({ name: 'onboarding.json', mimeType: 'application/json', buffer: readFileSync('public/samples/onboarding.json') });
  // then
  const report = page.getByRole('dialog', { name: 'Imported onboarding.json' });
  await expect(report).toContainText('It opened with 1 warning.');
  await expect(report.getByRole('listitem')).toContainText('Step “Assign buddy” in stage “Settle in” (When to start):');
  await expect(report.getByRole('listitem').locator('code')).toHaveText('stages[1].steps[0].start');
});

test('a broken file is refused with the place named, and the open design is unchanged', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const before = await getDocument(page);
  // when: a JSON syntax error on line 3
  await fileInput(page).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "stageflow.orchestration",\n  "version": 1,,\n}') });
  // then
  const report = page.getByRole('dialog');
  await expect(report).toContainText('broken.json was not imported');
  await expect(report).toContainText('3:');
  // a JSON file is described by the schema: the report links it, after the problems
  await expect(report.getByRole('link', { name: 'orchestration JSON Schema' })).toBeVisible();
  expect(await getDocument(page)).toEqual(before);
  await page.keyboard.press('Escape');
  // when: valid JSON with a reference error
  const bad = JSON.parse(JSON.stringify(before)) as { stages: { steps: { start?: unknown }[] }[] };
  bad.stages[0]!.steps[1]!.start = { mode: 'stepCompleted', step: 'Valdate' };
  await fileInput(page).setInputFiles({ name: 'bad-ref.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByRole('dialog')).toContainText('stages[0].steps[1].start.step');
  expect(await getDocument(page)).toEqual(before);
  await page.keyboard.press('Escape');
  // when: the design saved as Latin-1 by an editor (é as the one byte 0xE9)
  const latin1 = Buffer.from(JSON.stringify({ ...before, label: 'Employee Onboarding Café' }, null, 2), 'latin1');
  await fileInput(page).setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
  // then it is refused with the place, not read with replacement characters
  await expect(page.getByRole('dialog')).toContainText(/latin1\.json was not imported/);
  await expect(page.getByRole('dialog')).toContainText(/\d+:\d+: the file is not UTF-8 \(byte 0xE9 there\)/);
  expect(await getDocument(page)).toEqual(before);
});

test('exported JSON and Flow XML re-import to the same model', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const original = await getDocument(page);
  // when: export JSON and import it again
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  const json = readFileSync((await jsonDownload.path())!, 'utf8');
  const [xmlDownload] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'Flow XML')]);
  expect(xmlDownload.suggestedFilename()).toBe('Employee_Onboarding.flow-meta.xml');
  const xml = readFileSync((await xmlDownload.path())!, 'utf8');
  expect(xml).toContain('<processType>Orchestrator</processType>');
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await fileInput(page).setInputFiles({ name: 'design.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  // then
  await expect.poll(async () => (await getDocument(page)).name).toBe('Employee_Onboarding');
  expect(await getDocument(page)).toEqual(original);
  // when: the XML (which carries no flow catalog or users) is imported
  await fileInput(page).setInputFiles({ name: 'Employee_Onboarding.flow-meta.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await page.keyboard.press('Escape');
  // then: the same stages, steps, start conditions and run-as
  const fromXml = await getDocument(page);
  const shape = (d: typeof original) => d.stages.map((s) => ({ name: s.name, next: s.next ?? null, steps: s.steps.map((x) => ({ name: x.name, kind: x.kind, start: x.start })) }));
  expect(shape(fromXml)).toEqual(shape(original));
});

test('a share link opens the same design in a fresh browser', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('/?sample=loan-approval');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const original = await getDocument(page);
  await exportMenu(page, 'Share link');
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#design=');
  await context.close();
  // when
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  // then
  await expect.poll(async () => (await getDocument(other)).name).toBe(original.name);
  expect(await getDocument(other)).toEqual(original);
  await fresh.close();
});

test('a share link to a design that cannot be opened says where, in the editor\'s words, and opens an empty design', async ({ page }) => {
  // given a link to the order-fulfilment sample whose first step's flow is a number
  const doc = JSON.parse(readFileSync('public/samples/order-fulfilment.json', 'utf8')) as { stages: { steps: Record<string, unknown>[] }[] };
  doc.stages[0]!.steps[0]!.flow = 5;
  const share = await encodeShareFragment(JSON.stringify(doc));
  if (!share.ok) throw new Error(share.message);
  // when
  await page.goto(`/#${share.fragment}`);
  // then the step and its stage are named by their labels, and the field as the panel labels it (not stages[0].steps[0].flow)
  await expect(page.getByText('The shared design cannot be opened: Step “Validate order” in stage “Prepare order” (Flow): "flow" must be text, not the number 5. Starting with an empty design.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await getDocument(page)).stages).toEqual([]);
});

test('a scenario downloads as the file stageflow test looks for, and scenario files add to the design\'s scenarios; a bad one is named with what is wrong', async ({ page }) => {
  // given the onboarding sample with its scenarios
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const options = dialog.getByRole('combobox', { name: 'Scenario to edit' }).locator('option');
  await expect(options).toHaveCount(3); // onboarding.scenario.json, onboarding.scenarios/never-confirmed.json and the default
  const active = await dialog.getByRole('textbox', { name: 'Scenario name' }).inputValue();
  // when the scenario being edited is downloaded
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download scenario' }).click()]);
  // then it is named where the command finds it, and is the scenario
  const text = readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toBe(`${active.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '')}.json`);
  expect(JSON.parse(text)).toMatchObject({ format: 'stageflow.scenario', version: 1, name: active });
  // the dialog's file notice; its other live region, Scenario test results, is Run all's report
  const notice = dialog.getByRole('status').and(page.locator(':not([aria-label="Scenario test results"])'));
  await expect(notice).toContainText('put it in the folder Employee_Onboarding.scenarios beside the design');
  // and all of them download as a .zip of that folder
  const [zip] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  expect(zip.suggestedFilename()).toBe('Employee_Onboarding.scenarios.zip');
  const entries = unzipSync(readFileSync((await zip.path())!));
  expect(Object.keys(entries)).toHaveLength(3);
  expect(Object.keys(entries).every((path) => path.startsWith('Employee_Onboarding.scenarios/') && path.endsWith('.json'))).toBe(true);
  expect(Object.values(entries).map((bytes) => (JSON.parse(strFromU8(bytes)) as { name: string }).name)).toContain(active);
  // when it is added back from the file, with a file that is not a scenario
  const bad = JSON.stringify({ format: 'stageflow.scenario', version: 1, events: [{ at: 'soon', type: 'set' }] });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Add from file…' }).click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([
    { name: 'again.scenario.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) },
  ]);
  // then the good one is added (and becomes the one edited), the bad one named with where it is wrong
  await expect(options).toHaveCount(4);
  await expect(notice).toContainText(`Added “${active}”.`);
  await expect(notice).toContainText('Not added: broken.json: Timed events, event 1 (events[0].at)');
  await expect(dialog.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(active);
});

test('a change made just before the page is left is not lost (its autosave had not run)', async ({ page }) => {
  // given a stored design
  await page.goto('/?new');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved(page);
  // when two more stages are added and the page is left at once, before the autosave's pause is over
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.goto('/');
  // then the design opened again has all three, and the user is told
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(3);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('made just before the page was left, is saved');
  // and a reload after it changes nothing more
  await page.reload();
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(3);
  await expect(page.getByRole('status', { name: 'Notices' })).not.toContainText('before the page was left');
});

test('a change kept by a tab that is still open is left to that tab: another tab that starts does not take it', async ({ page, context }) => {
  // given two tabs on one stored design; the second saves a change, so the first's next change is a conflict
  await page.goto('/?new');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved(page);
  const second = await context.newPage();
  await second.goto('/');
  await expect.poll(async () => (await getDocument(second)).stages.length).toBe(1);
  await second.getByRole('button', { name: 'Add stage' }).click();
  await saved(second);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.locator('[data-save-status="conflict"]')).toBeVisible({ timeout: 10_000 });
  // (the choice is in a bar under the header, and the design's title keeps its room at 1280 px)
  await page.setViewportSize({ width: 1280, height: 800 });
  const bar = page.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(bar.getByRole('button', { name: 'Load their version' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Keep mine as a copy' })).toBeVisible();
  expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.width).toBeGreaterThan(120);
  // when the first tab is hidden (its change cannot be saved: it waits for the user's choice)
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const kept = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('stageflow:unsaved:')).length);
  expect(await kept()).toBe(1);
  // and a third tab starts
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.locator('.react-flow__node').first()).toBeVisible();
  // then it takes nothing: no recovered design, no notice, and the first tab's entry is still there
  await expect(third.getByRole('status', { name: 'Notices' })).not.toContainText('before the page was left');
  expect(await kept()).toBe(1);
  await third.getByRole('button', { name: 'File' }).click();
  await third.getByRole('menuitem', { name: /Designs/ }).click();
  await expect(third.getByRole('dialog', { name: 'Design library' })).toBeVisible();
  await expect(third.getByRole('dialog', { name: 'Design library' })).not.toContainText('recovered');
});

test('a sample changed and reloaded at once opens with the change, as a reload after its autosave does', async ({ page }) => {
  // given a sample, changed, and reloaded before the autosave's pause is over
  await page.goto('/?sample=onboarding');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const before = (await getDocument(page)).stages.length;
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.reload();
  // then the design opens with its change, saved in this browser
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(before + 1);
  await expect(page.locator('[data-save-status="saved"], [data-save-status="idle"]')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('changed just before the page was left, is saved');
  // and the sample opened from its address another time is the sample as it is
  await page.goto('/?sample=onboarding');
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(before);
});

test('a sample changed and then opened again from its address at once opens as it is: the change is kept in Designs, not opened in its place', async ({ page }) => {
  // given a sample, changed, and its address opened again before the autosave's pause is over (a link, the address typed: not a reload)
  await page.goto('/?sample=onboarding');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const before = (await getDocument(page)).stages.length;
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.goto('/?sample=onboarding');
  // then the sample opens as it is (UI contract), and the user is told where the change went
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('changed just before the page was left, is saved (Designs)');
  expect((await getDocument(page)).stages.length).toBe(before);
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Designs/ }).click();
  await expect(page.getByRole('dialog', { name: 'Design library' })).toContainText('Employee Onboarding');
});

test('the report of a Flow XML import does not send the admin to the JSON Schema, which does not describe that file', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await fileInput(page).setInputFiles({ name: 'Handle_User_Deactivation.flow-meta.xml', mimeType: 'application/xml', buffer: readFileSync('src/io/xml/__fixtures__/real/Handle_User_Deactivation.flow-meta.xml') });
  const report = page.getByRole('dialog', { name: 'Imported Handle_User_Deactivation.flow-meta.xml' });
  // six warnings (placeholders for the flows the file calls, a Flow Builder internal id); what the
  // design has no place for (<status>, <environments>, a <defaultConnectorLabel>) is kept as written
  // and listed apart, folded
  await expect(report).toContainText('It opened with 6 warnings.');
  await expect(report.getByRole('listitem').first()).toBeVisible();
  const kept = report.getByRole('group').filter({ hasText: 'Kept as written (3)' });
  await expect(kept.getByRole('listitem').first()).toBeHidden();
  await kept.getByText('Kept as written (3)').click();
  await expect(kept.getByRole('listitem')).toHaveCount(3);
  await expect(kept.getByRole('listitem').filter({ hasText: '<status>' })).toBeVisible();
  // before: "The format is described by the orchestration JSON Schema." for every file
  await expect(report).not.toContainText('JSON Schema');
});

test('an exported picture draws the connectors: each line carries its stroke (html-to-image left out stylesheet paint on SVG)', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
  // when
  const [download] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'SVG image')]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // then every connector's line has a stroke (before: no style at all, so no line, only arrowheads)
  const lines = svg.match(/<path[^>]*class="react-flow__edge-path"[^>]*>/g) ?? [];
  expect(lines.length).toBeGreaterThanOrEqual(7);
  for (const line of lines) expect(line).toMatch(/style="[^"]*stroke: rgb\(/);
  // and every arrowhead a line names is a marker the picture holds (the canvas's own, in its viewport), filled
  const arrowheads = new Set([...svg.matchAll(/marker-end="url\((?:&quot;|')?#(.+?)(?:&quot;|')?\)"/g)].map((m) => m[1]!));
  expect(arrowheads.size).toBeGreaterThanOrEqual(1);
  for (const id of arrowheads) expect(svg).toMatch(new RegExp(`<marker[^>]*id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>\\s*<polyline[^>]*style="[^"]*fill: rgb\\(`));
  // and the canvas's own connectors are left as they were
  expect(await page.locator('.react-flow__edge-path[style]').count()).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an exported picture in the ${scheme} theme has the pane's background, which its connectors and labels are tinted for`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=loan-approval');
    await expect(node(page, 'Intake')).toBeVisible();
    // when
    const [download] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'SVG image')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    // then the picture's root is painted as the pane: white in light, React Flow's dark pane in dark (before: white in both)
    const background = /<foreignObject[^>]*>\s*<div[^>]*?style="[^"]*?background: [^;"]*?(rgb\([^)]*\));/.exec(svg)?.[1];
    expect(background).toBe(scheme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(255, 255, 255)');
  });
}

test('undoing an import brings back the scenarios of the design before it, and they are what is saved', async ({ page }) => {
  // given the onboarding sample with its three scenarios
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const expectScenarios = async (count: number) => {
    await page.getByRole('button', { name: 'Scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenarios' });
    await expect(dialog.getByRole('combobox', { name: 'Scenario to edit' }).locator('option')).toHaveCount(count);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  };
  await expectScenarios(3);
  // when another design is imported (it runs under the default scenario) and the import is undone
  const other = readFileSync('public/samples/order-fulfilment.json', 'utf8');
  expect(await page.evaluate((text) => window.stageflow.loadDocument(text).ok, other)).toBe(true);
  await expectScenarios(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'Buddy')).toBeVisible();
  // then the onboarding design has its scenarios back, and a reload after the save keeps them
  await expectScenarios(3);
  await saved(page);
  await page.reload();
  await expect(node(page, 'Buddy')).toBeVisible();
  await expectScenarios(3);
});
