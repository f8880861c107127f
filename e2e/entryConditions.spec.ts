/** The record trigger's entry conditions are edited in the panel and exported as the Start element's filters. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { exportMenu, node } from './helpers';

test('entry conditions: an admin sets "Status equals Activated, only when updated to meet it" and the Flow XML carries it', async ({ page }) => {
  // given the order sample, a record-triggered orchestration on Order with no entry conditions
  await page.goto('/?sample=order-fulfilment');
  await expect(node(page, 'Validate')).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  await panel.getByLabel('Trigger the orchestration when').selectOption('update');
  const conditions = panel.getByRole('region', { name: 'Entry conditions' });
  // when the admin asks for all conditions, types the row and picks "only when updated to meet"
  await conditions.getByLabel('Condition requirements').selectOption('and');
  await conditions.getByLabel('Field of Order').fill('Status');
  await conditions.getByLabel('Value').fill('Activated');
  await conditions.getByRole('radio', { name: 'Only when a record is updated to meet the condition requirements' }).check();
  // then the design holds it
  const trigger = await page.evaluate(() => (window.stageflow.getDocument() as { trigger?: unknown }).trigger);
  expect(trigger).toMatchObject({ when: 'update', onlyWhenChangedToMeet: true, entryConditions: { logic: 'and', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'Activated' } }] } });
  // and the exported Flow XML carries the Start element's filters
  const [download] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'Flow XML')]);
  const xml = readFileSync((await download.path())!, 'utf8');
  expect(xml).toContain('<doesRequireRecordChangedToMeetCriteria>true</doesRequireRecordChangedToMeetCriteria>');
  expect(xml).toContain('<filterLogic>and</filterLogic>');
  expect(xml).toMatch(/<filters>\s*<field>Status<\/field>\s*<operator>EqualTo<\/operator>\s*<value>\s*<stringValue>Activated<\/stringValue>\s*<\/value>\s*<\/filters>/);
  expect(xml).toContain('<recordTriggerType>Update</recordTriggerType>');
  // when the admin removes the row, the orchestration has no entry conditions again (and one Undo brings it back)
  await conditions.getByRole('button', { name: 'Remove condition 1' }).click();
  expect(await page.evaluate(() => (window.stageflow.getDocument() as { trigger?: { entryConditions?: unknown } }).trigger?.entryConditions)).toBeUndefined();
  await expect(conditions.getByLabel('Condition requirements')).toHaveValue('none');
});
