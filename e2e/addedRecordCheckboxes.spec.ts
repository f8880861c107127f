/**
 * Scenarios with a project folder open: a record added of an object no pass of the reading read
 * (CrateIntake's reading reads no Lid__c) gets its stored Checkbox, false, read from the field files
 * the page keeps — the project is read in a worker, whose copy of them stayed there — at 1280×800
 * and 1440×900, light and dark. The same from a `.zip` of that folder dropped on the page, which
 * got none (the archive's field files were not kept). Unit cases: addedRecordCheckboxes.test,
 * unreadCheckboxes.test, zipCheckboxes.test.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { seriousViolations } from './axe';
import { getDocument, openEmpty, openProjectOrchestration } from './helpers';

const field = (name: string, type: string) => `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>
    <label>${name}</label>
    <type>${type}</type>
</CustomField>
`;

let root = '';
test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'stageflow-lid-'));
  const project = join(root, 'CrateIntake');
  cpSync('src/io/project/__fixtures__/CrateIntake', project, { recursive: true });
  const fields = join(project, 'force-app/main/default/objects/Lid__c/fields');
  mkdirSync(fields, { recursive: true });
  writeFileSync(join(fields, 'Tight__c.field-meta.xml'), field('Tight__c', 'Checkbox'));
  writeFileSync(join(fields, 'Colour__c.field-meta.xml'), field('Colour__c', 'Text'));
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The project folder as a .zip dropped on the page, as a user dragging it from their desktop does. */
async function openZipOrchestration(page: Page, dir: string, name: string): Promise<void> {
  const files: Record<string, Uint8Array> = {};
  const walk = (at: string): void => {
    for (const entry of readdirSync(at)) {
      const full = join(at, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[`CrateIntake/${relative(dir, full).split(sep).join('/')}`] = new Uint8Array(readFileSync(full));
    }
  };
  walk(dir);
  await openEmpty(page);
  await page.evaluate((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'CrateIntake.zip', { type: 'application/zip' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, Buffer.from(zipSync(files)).toString('base64'));
  const picker = page.getByRole('dialog', { name: 'Open an orchestration of CrateIntake.zip' });
  await picker.getByRole('button', { name: `Open ${name}` }).click({ timeout: 15_000 });
  await expect.poll(async () => (await getDocument(page)).name).toBe(name);
  const report = page.getByRole('dialog', { name: new RegExp(name) });
  if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
}

for (const [theme, width, height, from] of [['light', 1280, 800, 'folder'], ['dark', 1440, 900, 'folder'], ['dark', 1440, 900, 'zip'], ['light', 1280, 800, 'zip']] as const) {
  test(`a Lid__c record added in Scenarios gets Tight__c, false, from a ${from} (${theme}, ${width}×${height}); axe clean`, async ({ page }) => {
    // given CrateIntake opened from its folder, Scenarios open
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: theme });
    if (from === 'zip') await openZipOrchestration(page, join(root, 'CrateIntake'), 'Crate_Intake');
    else await openProjectOrchestration(page, join(root, 'CrateIntake'), 'Crate_Intake');
    await page.getByRole('button', { name: 'Scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenarios' });
    const records = dialog.getByRole('group', { name: 'Other records of the org' });
    // when
    await records.getByRole('combobox', { name: 'Object of a new record' }).fill('Lid__c');
    await records.getByRole('button', { name: 'Add record' }).click();
    // then its stored Checkbox is there, unticked; its Text field is not added
    const lid = records.getByRole('group', { name: 'Lid__c 1' });
    await expect(lid).toContainText('Tight__c');
    await expect(lid).not.toContainText('Colour__c');
    await lid.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `reports/screenshots/lid-checkbox-${from}-${theme}-${width}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
