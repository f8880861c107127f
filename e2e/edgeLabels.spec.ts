/**
 * Connector labels (a decision's outcome names, "Default", "Fault") are read at first sight: at
 * least 12 px on screen (computed size × the canvas zoom, as e2e/readable.spec.ts measures a step
 * label) when each sample opens at 1280×800 and 1440×900, and none lies on a card or on another label;
 * in either theme they sit in the pane's tone (not a white box on the dark canvas) with readable text.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { contrast } from './contrast';

const SAMPLES = (JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as { name: string }[]).map((s) => s.name);
const WINDOWS = [{ width: 1280, height: 800 }, { width: 1440, height: 900 }];

interface Box { text: string; x: number; y: number; w: number; h: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

for (const window of WINDOWS) {
  test(`connector labels are ≥ 12 px on screen and clear of cards and of each other when each sample opens at ${window.width}×${window.height}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: window });
    const page = await context.newPage();
    let seen = 0;
    for (const sample of SAMPLES) {
      // given the sample as it opens
      await page.goto(`/?sample=${sample}`);
      await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
      await page.waitForTimeout(300); // the opening frame is set on the frame after the design renders
      // then
      const { labels, cards } = await page.evaluate(() => {
        const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
        const box = (e: Element, text: string) => { const r = e.getBoundingClientRect(); return { text, x: r.x, y: r.y, w: r.width, h: r.height }; };
        return {
          labels: [...document.querySelectorAll<HTMLElement>('.edge-label')].map((e) => ({ ...box(e, e.textContent ?? ''), px: parseFloat(getComputedStyle(e).fontSize) * zoom })),
          // a step card lies inside its stage: the stage's header and cards are what a label must not cover
          cards: [...document.querySelectorAll('.react-flow__node-step, .react-flow__node-decision, .react-flow__node-stage .sf-stage-header')].map((e) => box(e, e.closest('.react-flow__node')?.getAttribute('data-id') ?? '')),
        };
      });
      seen += labels.length;
      for (const [i, label] of labels.entries()) {
        expect(label.px, `${sample}: "${label.text}"`).toBeGreaterThanOrEqual(12);
        for (const other of labels.slice(i + 1)) expect(overlap(label, other), `${sample}: "${label.text}" on "${other.text}"`).toBe(false);
        for (const card of cards) expect(overlap(label, card), `${sample}: "${label.text}" on ${card.text}`).toBe(false);
      }
    }
    expect(seen).toBeGreaterThan(0);
    await context.close();
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`in the ${scheme} theme a connector label sits in the pane's tone with readable text, and axe finds nothing serious on the canvas`, async ({ page }) => {
    // given a sample with outcome and fault labels, in the theme
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=loan-approval');
    await expect(page.locator('.edge-label').first()).toBeVisible();
    if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/dark/);
    // then each label's box is near the pane's own colour (before: a white box on the dark pane, 18:1) and its text reads on it
    const { pane, labels } = await page.evaluate(() => ({
      pane: getComputedStyle(document.querySelector('.react-flow')!).backgroundColor,
      labels: [...document.querySelectorAll<HTMLElement>('.edge-label')].map((e) => ({ text: e.textContent ?? '', bg: getComputedStyle(e).backgroundColor, ink: getComputedStyle(e).color })),
    }));
    // React Flow's light pane is transparent over the white page
    const behind = pane === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : pane;
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(contrast(label.bg, behind), `"${label.text}" box against the pane`).toBeLessThan(1.6);
      expect(contrast(label.ink, label.bg), `"${label.text}" text`).toBeGreaterThanOrEqual(4.5);
    }
    await page.screenshot({ path: `reports/edge-labels-${scheme}.png` });
    expect(await seriousViolations(page, '.react-flow')).toEqual([]);
  });
}
