/** Issue 17, "History you can trust": versions on a session's boundaries and a named "Save version". */
import { expect, test, type Page } from '@playwright/test';
import { fileMenu, getDocument, openEmpty } from './helpers';

const saved = (page: Page) => expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });

/** File ▾ → Save version… with `name` typed over the default (its field has focus first). */
async function saveVersion(page: Page, name: string): Promise<void> {
  await fileMenu(page, /Save version/);
  await expect(page.getByRole('textbox', { name: 'Version name' })).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** An empty design given a stage and saved, `named` as a version, then a second stage saved after it. */
async function twoStagesAfterNamedVersion(page: Page, named: string): Promise<void> {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved(page);
  await saveVersion(page, named);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved(page);
}

/** The reasons of the versions stored in this browser (read from IndexedDB, as a reload would). */
async function storedReasons(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('stageflow');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const all = open.result.transaction('versions').objectStore('versions').getAll();
          all.onsuccess = () => {
            resolve((all.result as { reason?: string }[]).map((v) => v.reason ?? ''));
            open.result.close();
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
  );
}

async function versionRows(page: Page): Promise<string[]> {
  await fileMenu(page, /Versions/);
  const history = page.getByRole('region', { name: 'Version history' });
  await expect(history.getByRole('listitem').first()).toBeVisible();
  const rows = await history.getByRole('listitem').allInnerTexts();
  await page.keyboard.press('Escape');
  return rows;
}

test('the first change, "Save version" (File menu, named) and leaving the page each keep a version, listed by name or reason', async ({ page }) => {
  // given a new design whose first change is saved
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved(page);
  // when the user saves a named version from the File menu
  await fileMenu(page, /Save version/);
  const name = page.getByRole('textbox', { name: 'Version name' });
  await expect(name).toBeFocused();
  await page.keyboard.type('Draft one');
  await page.keyboard.press('Enter');
  // then it says so, and the list shows the name
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('“Draft one”');
  expect((await versionRows(page))[0]).toContain('“Draft one”');
  // when another stage is added and the page is left at once (before the autosave's delay)
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await saved(page);
  // (the version is written after the save it keeps: reloading before it is written would cut it off)
  await expect.poll(async () => storedReasons(page)).toContain('leaving');
  // then that state is a version too, and it outlives a reload
  await page.reload();
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(2);
  const rows = await versionRows(page);
  expect(rows[0]).toContain('on leaving the page');
  expect(rows[0]).toContain('2 stages');
  expect(rows.some((r) => r.includes('“Draft one”'))).toBe(true);
});

test('the Versions dialog saves a named version too, and a restore keeps what was open as a version first', async ({ page }) => {
  // given a saved design with two stages, and a version "One stage" of it before the second
  await twoStagesAfterNamedVersion(page, 'One stage');
  // when the Versions dialog names the current state, then restores "One stage"
  await fileMenu(page, /Versions/);
  const history = page.getByRole('region', { name: 'Version history' });
  await history.getByRole('textbox', { name: 'Version name' }).fill('Two stages');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(history.getByRole('listitem').first()).toContainText('“Two stages”');
  // the button went disabled with the emptied name: focus is on the name, ready for another
  await expect(history.getByRole('textbox', { name: 'Version name' })).toBeFocused();
  await history.getByRole('listitem').filter({ hasText: '“One stage”' }).getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Yes, restore' }).click();
  // then one stage is open, and the two-stage design is still in the history
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(1);
  // and focus is not left on <body> with the confirmation gone
  await expect.poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
  await saved(page);
  const rows = await versionRows(page);
  expect(rows.some((r) => r.includes('“Two stages”') && r.includes('2 stages'))).toBe(true);
});

test('File ▸ Versions… opens on the version name and Designs… on the search, not on New design (which Enter would press)', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved(page);
  // when
  await fileMenu(page, /Versions/);
  // then (before: the library's first button, New design, had focus)
  await expect(page.getByRole('region', { name: 'Version history' }).getByRole('textbox', { name: 'Version name' })).toBeFocused();
  await page.keyboard.press('Escape');
  await fileMenu(page, /Designs/);
  await expect(page.getByRole('searchbox', { name: 'Search designs' })).toBeFocused();
  // and Enter there opens nothing: the open design stays
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Design library' })).toBeVisible();
  expect((await getDocument(page)).stages.length).toBe(1);
});

test('Escape on the restore question answers no: the Versions dialog stays open and focus is back on Restore', async ({ page }) => {
  await twoStagesAfterNamedVersion(page, 'One stage');
  await fileMenu(page, /Versions/);
  const history = page.getByRole('region', { name: 'Version history' });
  const restore = history.getByRole('listitem').filter({ hasText: '“One stage”' }).getByRole('button', { name: 'Restore' });
  await restore.click();
  await expect(page.getByRole('button', { name: 'Yes, restore' })).toBeFocused();
  // when
  await page.keyboard.press('Escape');
  // then
  await expect(page.getByRole('button', { name: 'Yes, restore' })).toHaveCount(0);
  await expect(history).toBeVisible();
  await expect(restore).toBeFocused();
});

test('after Escape on the restore question, a quick click into Version name keeps focus there even when frames come late: the typing and Enter save a version, not restore', async ({ page }) => {
  await twoStagesAfterNamedVersion(page, 'One stage');
  // given frames that come late (a busy machine): Restore took focus a frame after the question went
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => { setTimeout(() => raf(cb), 150); return 0; };
  });
  await fileMenu(page, /Versions/);
  const history = page.getByRole('region', { name: 'Version history' });
  await history.getByRole('listitem').filter({ hasText: '“One stage”' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Yes, restore' })).toBeFocused();
  // when the admin answers no and at once clicks into Version name, types a name and presses Enter
  await page.keyboard.press('Escape');
  const name = history.getByRole('textbox', { name: 'Version name' });
  await name.click();
  await page.keyboard.type('Before review');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  // then a version is saved under that name and the design is not restored (the space pressed Restore, Enter Yes)
  await expect(history.getByRole('listitem').filter({ hasText: '“Before review”' })).toHaveCount(1);
  expect((await getDocument(page)).stages.length).toBe(2);
});

test('a second Save version in a session leaves focus on the page, not <body> (its menu item is gone)', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved(page);
  for (const name of ['First', 'Second']) {
    await saveVersion(page, name);
    await expect(page.getByRole('dialog', { name: 'Save version' })).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
  }
});

