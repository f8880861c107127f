/**
 * A new step in a design opened from a real project starts with no flow: its catalog holds only the
 * flows the orchestration already calls, so "the first flow of its kind" linked the step to a flow
 * another step runs (the recruiting demo's Get_Usernames). The Problems list, the card and the Flow
 * picker say to choose one among the project's flows (docs/editor.md, "A new step's flow").
 */
import { expect, test } from '@playwright/test';
import { getDocument, node } from './helpers';
import { openFixtureProject } from './projectFixtures';

test('a new background step of the recruiting demo has no flow until the admin picks one of the project\'s, and the design says so meanwhile', async ({ page }) => {
  // given the recruiting project opened, its stage Initial Screening selected from the outline
  await openFixtureProject(page, 'RecruitingOrchestrator', 'Recruiting_Orchestration_v6', { folder: 'recruiting', select: 'Stage Initial Screening' });
  // when a background step is added from the palette
  await page.getByRole('button', { name: 'Add background step' }).click();
  // then it calls no flow, and its card is marked invalid
  const step = node(page, 'Background_step_1');
  await expect(step).toHaveAttribute('data-invalid', 'true');
  const doc = (await getDocument(page)) as unknown as { stages: { name: string; steps: { name: string; flow?: string }[] }[] };
  expect(doc.stages.find((s) => s.name === 'Initial_Screening')?.steps.find((s) => s.name === 'Background_step_1')?.flow).toBeUndefined();
  // and its Flow picker asks for one, offering the project's flows
  const picker = page.getByRole('complementary', { name: 'Properties' }).getByRole('combobox', { name: 'Flow', exact: true });
  await expect(picker).toHaveValue('');
  await expect(picker).toHaveAccessibleDescription(/choose the autolaunched flow/);
  await expect(picker.locator('option', { hasText: 'Get_Position_Owner_Username' })).toHaveCount(1);
  // when the admin picks one
  await picker.selectOption('Get_Position_Owner_Username');
  // then the step calls it and nothing is invalid any more
  await expect(picker).toHaveValue('Get_Position_Owner_Username');
  await expect(step).not.toHaveAttribute('data-invalid', 'true');
});

test('a sample\'s new step still takes the first flow of its kind from the hand-made catalog, and the design can run at once', async ({ page }) => {
  // given the onboarding sample (a catalog of stand-ins, no project files)
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // when a background step is added
  await page.getByRole('button', { name: 'Add background step' }).click();
  // then it runs the catalog's first autolaunched flow, and is not invalid
  const added = (await getDocument(page)) as unknown as { stages: { steps: { name: string; flow?: string }[] }[] };
  const step = added.stages.flatMap((s) => s.steps).find((s) => s.name === 'Background_step_1');
  expect(step?.flow).toBeTruthy();
  await expect(node(page, 'Background_step_1')).not.toHaveAttribute('data-invalid', 'true');
});
