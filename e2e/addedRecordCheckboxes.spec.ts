/**
 * Scenarios with a project folder open: a record added of an object no pass of the reading read
 * (CrateIntake's reading reads no Lid__c) gets its stored Checkbox, false, read from the field files
 * the page keeps — the project is read in a worker, whose copy of them stayed there — at 1280×800
 * and 1440×900, light and dark. Unit cases: addedRecordCheckboxes.test, unreadCheckboxes.test.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { openProjectOrchestration } from './helpers';

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

for (const [theme, width, height] of [['light', 1280, 800], ['dark', 1440, 900]] as const) {
  test(`a Lid__c record added in Scenarios gets Tight__c, false (${theme}, ${width}×${height}); axe clean`, async ({ page }) => {
    // given CrateIntake opened from its folder, Scenarios open
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: theme });
    await openProjectOrchestration(page, join(root, 'CrateIntake'), 'Crate_Intake');
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
    await page.screenshot({ path: `reports/screenshots/lid-checkbox-${theme}-${width}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
