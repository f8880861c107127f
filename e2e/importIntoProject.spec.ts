/**
 * An orchestration opened from its project, exported as Flow XML and imported again while the
 * project is open keeps calling the project's flows (docs/projects.md, "Import while a project is
 * open"): they were placeholders, 8 warnings "referenced but not in the project".
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { exportMenu, getDocument } from './helpers';
import { openFixtureProject } from './projectFixtures';

type Doc = { flows?: { name: string; source?: { path: string } }[] };

test('Export → Flow XML, then Import of that file while its project is open: the steps call the project\'s flows, and the notice names the project', async ({ page }) => {
  await openFixtureProject(page, 'RecruitingOrchestrator', 'Recruiting_Orchestration_v6');
  // when it is exported as Flow XML and that file imported
  const [download] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'Flow XML')]);
  const xml = readFileSync((await download.path())!);
  await page.locator('header input[type="file"]').setInputFiles({ name: 'Recruiting_Orchestration_v6.flow-meta.xml', mimeType: 'application/xml', buffer: xml });
  // then the notice says it is linked, and every flow is the project's file
  await expect(page.getByText('Imported Recruiting_Orchestration_v6.flow-meta.xml, linked to the open project RecruitingOrchestrator', { exact: false })).toBeVisible();
  const doc = (await getDocument(page)) as unknown as Doc;
  expect((doc.flows ?? []).map((f) => f.source?.path ?? `${f.name}: a placeholder`).filter((p) => !p.startsWith('force-app/main/default/flows/'))).toEqual([]);
  expect(doc.flows).toHaveLength(8);
  await expect(page.getByText(/added as a placeholder/)).toHaveCount(0);
});
