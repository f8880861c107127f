/**
 * Real public SFDX projects as an outside suite drives them (docs/spec/UI-CONTRACT.md, FORMAT.md §4,
 * docs/projects.md): each project zipped as an admin zips it — GitHub's Download ZIP with its top
 * folder, its contents, only its `main/default` folder — is chosen through Import at 1280×800. The
 * import report names file and line and holds no stack trace; every orchestration file is listed;
 * each one with stages opens, its stages and steps on the canvas with data-id and data-kind; its run
 * on screen is, field for field, the trace `stageflow simulate <zip> --orchestration <name>` prints;
 * data-status and data-run-as at the end are the trace's; a step that never started says why; no
 * text under 12 px at first view (on the canvas, a card's smaller lines 10 px: smallText); axe finds
 * nothing serious.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { getDocument, node } from './helpers';
import { REAL_PROJECTS, cliTrace, importZip, orchestrationsOf, smallText, zipProject, type RealProject, type ZipShape } from './outsideProjectZips';

interface TraceShape {
  run: { status: string };
  stages: Record<string, { status: string }>;
  steps: Record<string, { stage: string; status: string; runAs: { user: string } | null; why: string | null }>;
}
interface DocShape { stages: { name: string; steps: { name: string; kind?: string; type?: string }[] }[]; decisions?: { name: string }[] }

/** A stack trace's frame, or the words a thrown error is printed with. */
const STACK = /\n\s+at \S+ \(|\bat [\w$.]+ \(\S+:\d+:\d+\)|TypeError|ReferenceError|undefined is not|Cannot read properties/;

const CASES: { project: RealProject; shape: ZipShape }[] = [
  { project: REAL_PROJECTS[0]!, shape: 'top folder' },
  { project: REAL_PROJECTS[0]!, shape: 'no top folder' },
  { project: REAL_PROJECTS[1]!, shape: 'top folder' },
  { project: REAL_PROJECTS[1]!, shape: 'main/default only' },
  { project: REAL_PROJECTS[2]!, shape: 'no top folder' },
  { project: REAL_PROJECTS[2]!, shape: 'main/default only' },
  { project: REAL_PROJECTS[3]!, shape: 'top folder' },
];

/** `data-kind` of the node `name`, on the node element or its first child (UI-CONTRACT). */
function kindOf(page: Page, name: string): Promise<string | null | undefined> {
  return node(page, name).evaluate((el) => el.getAttribute('data-kind') ?? el.firstElementChild?.getAttribute('data-kind'));
}

/** Opens `name` from the picker; the import report's text (closed after), or '' when none is shown. */
async function openFromPicker(page: Page, picker: ReturnType<Page['getByRole']>, name: string): Promise<string> {
  await picker.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect.poll(async () => (await getDocument(page)).name, { timeout: 15_000 }).toBe(name);
  const report = page.getByRole('dialog', { name: new RegExp(name) });
  if (!(await report.isVisible())) return '';
  const text = await report.innerText();
  await report.getByRole('button', { name: 'Close' }).click();
  return text;
}

for (const { project, shape } of CASES) {
  const zipName = `${project.repo}${shape === 'top folder' ? '-main' : shape === 'no top folder' ? '' : '-default'}.zip`;
  test(`${project.repo} zipped with ${shape}: every orchestration is listed and opens; its run is the CLI's trace`, async ({ page }) => {
    test.setTimeout(600_000);
    const archive = zipProject(project, shape);
    const expected = orchestrationsOf(project.dir);
    // when the .zip is chosen through Import, every orchestration file is listed by API name
    let picker = await importZip(page, archive, zipName);
    const listed = await picker.locator('tbody tr td.font-mono').allInnerTexts();
    expect(listed.sort()).toEqual([...expected.keys()].sort());
    // an orchestration without stages is listed with nothing to open, the others can be opened
    for (const [name, hasStages] of expected) {
      const open = picker.getByRole('button', { name: `Open ${name}`, exact: true });
      if (hasStages) await expect(open).toBeEnabled();
      else await expect(open).toBeDisabled();
    }
    await expect(picker).not.toContainText(STACK);
    let first = true;
    for (const [name, hasStages] of expected) {
      if (!hasStages) continue;
      if (!first) picker = await importZip(page, archive, zipName);
      const report = await openFromPicker(page, picker, name);
      // the import report: no stack trace; each message about a file names it and where in it
      expect(report).not.toMatch(STACK);
      for (const line of report.split('\n').filter((l) => /\.flow-meta\.xml/.test(l) && /error|warning|not read/i.test(l))) {
        expect(line, 'a message about a file names its line').toMatch(/\.flow-meta\.xml(:\d+:\d+|.*\bline \d+)/);
      }
      // on the canvas: every stage and step is a node with its API name and kind (UI-CONTRACT)
      const doc = (await getDocument(page)) as unknown as DocShape;
      for (const stage of doc.stages) {
        await expect(node(page, stage.name)).toHaveCount(1);
        expect(await kindOf(page, stage.name), `${stage.name}'s data-kind`).toBe('stage');
        for (const step of stage.steps) {
          expect(['background', 'interactive'], `${step.name}'s data-kind`).toContain(await kindOf(page, step.name));
        }
      }
      if (first) {
        // at first view: nothing under 12 px, axe clean (light)
        expect(await smallText(page), 'text too small to read').toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: test.info().outputPath(`${name}-opened.png`) });
      }
      // when it runs to the end, the trace on screen is the CLI's on the same archive
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const timeline = page.getByRole('slider', { name: 'Timeline' });
      await expect(timeline).toBeEnabled({ timeout: 20_000 });
      await timeline.focus();
      await timeline.press('End');
      const trace = (await page.evaluate(() => window.stageflow.getTrace())) as unknown as TraceShape;
      expect(trace, `${name}: the app's trace is stageflow simulate's`).toEqual(cliTrace(archive, zipName, name));
      // data-status and data-run-as at the end are the trace's
      for (const [stage, s] of Object.entries(trace.stages)) await expect(node(page, stage)).toHaveAttribute('data-status', s.status);
      for (const stage of doc.stages) if (!trace.stages[stage.name]) await expect(node(page, stage.name)).toHaveAttribute('data-status', 'NotStarted');
      for (const [step, s] of Object.entries(trace.steps)) {
        await expect(node(page, step)).toHaveAttribute('data-status', s.status);
        if (s.runAs) await expect(node(page, step)).toHaveAttribute('data-run-as', s.runAs.user);
        else await expect(node(page, step)).not.toHaveAttribute('data-run-as', /.*/);
      }
      // a step that never started says why
      const notStarted = Object.entries(trace.steps).find(([, s]) => s.status === 'NotStarted' && s.why);
      if (notStarted) {
        await node(page, notStarted[0]).click();
        const why = page.getByRole('note', { name: 'Why it has not started' });
        await expect(why).toBeVisible();
        await expect(why).not.toHaveText(/^\s*$/);
        await expect(why).not.toContainText(STACK);
      }
      if (first) {
        // axe clean at the run's end, light and dark (the run view keeps Dark mode)
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: test.info().outputPath(`${name}-run.png`) });
        await page.getByRole('button', { name: 'Dark mode' }).click();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: test.info().outputPath(`${name}-run-dark.png`) });
        await page.getByRole('button', { name: 'Dark mode' }).click();
      }
      first = false;
    }
  });
}
