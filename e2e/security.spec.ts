/** Untrusted files and the Content-Security-Policy (issue 9): what a stranger's file can and cannot do. */
import { expect, test } from '@playwright/test';
import { node } from './helpers';

const hostile = {
  format: 'stageflow.orchestration', version: 1, name: 'Hostile', label: '<img src=x onerror="window.__pwned=1">',
  apiVersion: 63, trigger: { type: 'autolaunched', launchedBy: 'a', runContext: 'user' },
  users: [{ username: 'a', active: true }],
  flows: [{ name: 'F', type: 'autolaunched', active: true, elements: [] }],
  stages: [{ name: 'S', label: '<script>window.__pwned=2</script>', steps: [
    { name: 'X', label: '<b onmouseover="window.__pwned=3">bold?</b>', kind: 'background', flow: 'F' },
  ] }],
};

test('the built app runs under its Content-Security-Policy without a violation, also while simulating', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to ${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).not.toContain('unsafe-eval');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.stageflow.getTrace() !== null)).toBe(true);
  expect(violations).toEqual([]);
});

test('labels with HTML or script render as text and run nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const result = await page.evaluate((doc) => window.stageflow.loadDocument(JSON.stringify(doc)), hostile);
  expect(result.ok).toBe(true);
  await expect(node(page, 'X')).toContainText('<b onmouseover="window.__pwned=3">bold?</b>');
  await expect(node(page, 'S')).toContainText('<script>window.__pwned=2</script>');
  await node(page, 'X').hover();
  expect(await page.locator('.react-flow img, .react-flow script, .react-flow b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('prototype-polluting keys are refused on import, naming the place, and the open design stays', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const before = await page.evaluate(() => window.stageflow.getDocument().name);
  const text = JSON.stringify(hostile).replace('"flows":', '"__proto__":{"polluted":true},"flows":');
  const result = await page.evaluate((t) => window.stageflow.loadDocument(t), text);
  expect(result.ok).toBe(false);
  expect(result.problems[0]!.message + result.problems[0]!.path).toMatch(/__proto__/);
  expect(await page.evaluate(() => window.stageflow.getDocument().name)).toBe(before);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
});
