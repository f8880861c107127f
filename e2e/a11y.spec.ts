/** Accessibility across views and dialogs (issue 9), and a whole build-and-run with the keyboard only. */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { getDocument, node, openEmpty, openProjectOrchestration } from './helpers';

test('axe finds nothing serious in the run view, the dialogs and the outline', async ({ page }) => {
  test.slow(); // five full axe analyses, one of them over the run view with its chart
  await page.goto('/?sample=case-escalation');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // dialogs of the editor
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Designs/ }).click();
  await expect(page.getByRole('dialog', { name: 'Design library' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(page.getByRole('dialog', { name: 'Scenarios' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Triggering record ($Record)' })).toBeVisible(); // a record-triggered sample
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  // the run view, mid-run, with a step selected and the chart open
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await node(page, 'Manager_Review').click();
  expect(await seriousViolations(page)).toEqual([]);
  // a stage in progress, with its exit requirements row by row
  await node(page, 'Triage').click({ position: { x: 12, y: 8 } });
  await expect(page.getByRole('note', { name: 'Why it has not completed' })).toBeVisible();
  expect(await seriousViolations(page, '#side-panel')).toEqual([]);
  await page.getByRole('tab', { name: 'Timeline chart' }).click();
  await expect(page.getByRole('img', { name: /Gantt chart/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the Scenarios dialog of a real project design (launch inputs, related records, actions) is axe clean, light and dark', async ({ page }) => {
  test.slow(); // two axe analyses over a long dialog
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/LightningFlowComponents/DeactivateUser', 'User_deactivation_orchestration');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await dialog.getByRole('button', { name: 'Add the Manager (a User record)' }).click();
  await dialog.getByRole('group', { name: 'Actions the flows call' }).getByRole('combobox').first().selectOption('fails');
  for (const group of ['Launch', 'Triggering record ($Record)', 'Other records of the org', 'Actions the flows call']) {
    await expect(dialog.getByRole('group', { name: group })).toBeVisible();
  }
  expect(await seriousViolations(page, '[aria-label="Scenarios"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(dialog.getByRole('group', { name: 'Actions the flows call' })).toBeVisible();
  expect(await seriousViolations(page, '[aria-label="Scenarios"]')).toEqual([]);
});

test('the end of a failed run (its banner, the failed step\'s why) is axe clean, light and dark', async ({ page }) => {
  test.slow(); // two runs and two axe analyses of the side panel
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/LightningFlowComponents/DeactivateUser', 'User_deactivation_orchestration');
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Exit run' }).click();
      await page.getByRole('button', { name: 'Dark mode' }).click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await expect(slider).toBeEnabled({ timeout: 15_000 });
    await slider.focus();
    await slider.press('End');
    await page.locator('#side-panel').getByRole('link', { name: 'Reassign Account Ownership', exact: true }).click();
    await expect(page.getByRole('note', { name: 'Why it failed' })).toBeVisible();
    expect(await seriousViolations(page, '#side-panel'), theme).toEqual([]);
  }
});

test('the coverage overlay\'s badges are axe clean, light and dark: white on their heat colour', async ({ page }) => {
  test.slow(); // coverage runs every scenario, twice
  await page.goto('/?sample=case-escalation');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Dark mode' }).click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Coverage' }).click();
    await expect(page.locator('[data-coverage-badge]').first()).toBeVisible({ timeout: 15_000 });
    // (the heat colours are the same in both themes; the badge's text-white turned dark ink in dark mode: 3.5:1)
    expect(await seriousViolations(page, '.react-flow__viewport'), theme).toEqual([]);
    await page.getByRole('button', { name: 'Exit run' }).click();
  }
});

test('an empty design (/?new) is axe clean, light and dark: its Outline holds only tree items', async ({ page }) => {
  await openEmpty(page);
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Dark mode' }).click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    // the hint to add a stage was a list item of the tree (aria-required-children, listitem)
    await expect(page.getByRole('tree', { name: 'Orchestration outline' })).toHaveAccessibleDescription(/Empty design\. Press S/);
    expect(await seriousViolations(page), theme).toEqual([]);
  }
});

test('the canvas context menu is axe clean while open, light and dark: the page behind is not aria-hidden with its buttons focusable', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Dark mode' }).click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    await node(page, 'Charge_Payment').click({ button: 'right' });
    await expect(page.getByRole('menu', { name: 'Element menu' })).toBeVisible();
    // before: the menu was modal, and Radix hid the header, skip links and palette (aria-hidden-focus)
    expect(await seriousViolations(page), theme).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(node(page, 'Charge_Payment')).toBeFocused();
  }
});

test('a click on another step while the canvas menu is open closes it and leaves that step focused and selected: Delete deletes it', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await node(page, 'Charge_Payment').click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Element menu' })).toBeVisible();
  // when another step is clicked
  await node(page, 'Reserve_Stock').click({ position: { x: 30, y: 10 } });
  // then the menu is gone and focus is on the step clicked, not given back to the menu's target
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(node(page, 'Reserve_Stock')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await getDocument(page)).stages[0]!.steps.map((s) => s.name)).toEqual(['Validate', 'Charge_Payment']);
});

test('focus is visible on controls, tree items and canvas nodes', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const outlineOf = async () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, ring: s.boxShadow !== 'none' };
  });
  await page.getByRole('button', { name: 'Add stage' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const button = await outlineOf();
  expect(button.outline || button.ring).toBe(true);
  await page.getByRole('treeitem', { name: /Stage Accounts and equipment/ }).focus();
  await page.keyboard.press('ArrowDown');
  const item = await outlineOf();
  expect(item.tag).toBe('LI');
  expect(item.outline || item.ring).toBe(true);
});

test('a focused connector is ringed, its arrowhead too: a short one between stacked cards shows more than a few pixels of line', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // when Tab goes from a step card to the connector after it
  await page.locator('.react-flow__node').nth(1).focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as Element;
    return { edge: el.classList.contains('react-flow__edge'), filter: getComputedStyle(el).filter };
  });
  // then the whole connector, line and arrowhead, is drawn with a ring (four offset shadows of the focus blue)
  expect(focused.edge).toBe(true);
  expect(focused.filter.match(/drop-shadow/g)).toHaveLength(4);
  expect(focused.filter).toContain('rgb(29, 78, 216)');
});

test('builds and runs an orchestration with the keyboard only, hearing the run through a live region', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // build: from the palette with Enter, a stage after the last one and two steps in it
  // (new background steps take the catalog's first autolaunched flow)
  await page.getByRole('treeitem', { name: /Stage Settle in/ }).focus();
  await page.keyboard.press('Enter'); // select it: the new stage goes after it
  await page.getByRole('button', { name: 'Add stage' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add background step' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).stages[2]?.steps.length ?? 0).toBe(2);
  const added = (await getDocument(page)).stages[2]!;
  expect((await getDocument(page)).stages[1]!.next).toBe(added.name);
  // rename the second new step from the outline: focus its row, F2, type, Enter
  await page.getByRole('treeitem', { name: new RegExp(`Background step ${added.steps[1]!.label}$`) }).last().focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('Notify team');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).stages[2]!.steps[1]!.name).toBe('Notify_team');
  // run: focus Run and press Enter; step with Enter; statuses are announced politely
  await page.getByRole('button', { name: 'Run', exact: true }).focus();
  await page.keyboard.press('Enter');
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Step forward' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('run-announcer')).toHaveText(/Started stage/);
  await page.getByRole('combobox', { name: 'Speed' }).focus();
  await page.keyboard.press('End');
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(node(page, 'Notify_team')).toHaveAttribute('data-status', 'Completed', { timeout: 20_000 });
  await expect(page.getByRole('treeitem', { name: /Notify team\s*,\s*Completed/ })).toBeVisible();
  await page.getByRole('button', { name: 'Exit run' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
});

test('the palette and outline fold away to give the canvas room, and come back', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const pane = page.locator('.react-flow');
  const before = (await pane.boundingBox())!.width;
  await page.getByRole('button', { name: 'Hide the palette and outline' }).click();
  await expect(page.getByRole('button', { name: 'Add stage' })).toHaveCount(0);
  await expect.poll(async () => (await pane.boundingBox())!.width).toBeGreaterThan(before + 150);
  await page.screenshot({ path: test.info().outputPath('folded.png') });
  await page.getByRole('button', { name: 'Show the palette and outline' }).click();
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
});
