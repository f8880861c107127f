/** The keyboard shortcuts dialog (`?`): focus in and out of it, its Close button, its Tab order. */
import { expect, test, type Page } from '@playwright/test';
import { node } from './helpers';

async function openOnboarding(page: Page) {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Provision_Laptop')).toBeVisible();
}

/** Opens the onboarding sample and its shortcut help with `?`; the help's heading takes focus. */
async function openHelp(page: Page) {
  await openOnboarding(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused();
  return { help, close: help.getByRole('button', { name: 'Close' }) };
}

/** Clicks a node on its label (a plain click selects it). */
async function select(page: Page, name: string) {
  await node(page, name).locator('span[title]').first().click();
}

test('the shortcut help opened while nothing has focus gives focus to the canvas as it closes, not to <body>', async ({ page }) => {
  await openOnboarding(page);
  // given nothing focused, as when ? follows Escape on a node before the canvas took its focus
  await select(page, 'Buddy');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  // when it is closed with Escape
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // then focus is on the canvas
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeFocused();
});

test('the shortcut help shows its Close button as it opens, at the foot of the dialog while the list scrolls (1280×800)', async ({ page }) => {
  const { help, close } = await openHelp(page);
  // the list is longer than the window, and the button is in view without scrolling
  expect(await help.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
  await expect(close).toBeInViewport({ ratio: 1 });
  // and stays there once the list is scrolled half way
  await help.evaluate((d) => { d.scrollTop = d.scrollHeight / 2; });
  await expect(close).toBeInViewport({ ratio: 1 });
  await close.click();
  await expect(help).toBeHidden();
});

test('Tab and Shift+Tab go round inside the shortcut help; focus never leaves it for <body>', async ({ page }) => {
  const { help, close } = await openHelp(page);
  // when Shift+Tab is pressed on the heading, then the last control (Close) has focus
  await page.keyboard.press('Shift+Tab');
  await expect(close).toBeFocused();
  // when Tab is pressed past Close, then the first link does, and after a full round Close again
  await page.keyboard.press('Tab');
  await expect(help.getByRole('link', { name: 'orchestration' })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  expect(await page.evaluate(() => document.querySelector('dialog[open]')?.contains(document.activeElement))).toBe(true);
});
