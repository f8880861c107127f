/**
 * The Shortcuts dialog (`?`) says what the canvas's marks are: the red dot under a stage (its fault
 * path) and the outlined "↳" badge, which a new admin could only learn by hovering them (*chosen*,
 * docs/editor.md "Marks on the canvas"); 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { node } from './helpers';
import { seriousViolations } from './axe';

/** The canvas's classes for each legend row, in its order (canvas/nodes: handles, ProblemMarker). */
const HANDLE = 'react-flow__handle sf-handle';
const CANVAS_CLASSES = [
  `${HANDLE} sf-handle-stage sf-handle-fault`, `${HANDLE} sf-handle-stage`, `${HANDLE} sf-handle-out`,
  `${HANDLE} sf-handle-stage sf-handle-outcome`, `${HANDLE} sf-handle-stage`,
  'sf-marker sf-error', 'sf-marker', 'sf-marker sf-consequence',
];

/**
 * Each legend sample's colours beside the same mark drawn with the canvas's own classes inside a
 * node, as nodes.css styles it: a dot's fill and rim, a badge's fill, glyph and rim.
 */
const sampleAndCanvasLooks = (page: Page) => page.evaluate((classes) => {
  const looks = (el: Element, dot: boolean) => {
    const s = getComputedStyle(el);
    return dot ? [s.backgroundColor, s.borderTopColor] : [s.backgroundColor, s.color, s.borderTopColor];
  };
  const host = document.querySelector('.react-flow')!.appendChild(document.createElement('div'));
  host.className = 'react-flow__node';
  const samples = [...document.querySelectorAll('table tbody td:first-child > span')];
  const result = classes.map((c, i) => {
    const mark = host.appendChild(document.createElement('span'));
    mark.className = c;
    const dot = c.includes('sf-handle');
    return { sample: samples[i] ? looks(samples[i], dot) : null, canvas: looks(mark, dot) };
  });
  host.remove();
  return result;
}, CANVAS_CLASSES);

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: the help names the fault-path dot and the "↳" marker`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=onboarding');
    await expect(node(page, 'Provision_Laptop')).toBeVisible();
    // the red dot is on the canvas, under every stage
    await expect(page.locator('.react-flow__node .sf-handle-fault').first()).toBeVisible();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const marks = help.getByRole('table', { name: 'Marks on the canvas' });
    await marks.scrollIntoViewIfNeeded();
    await expect(marks.getByRole('cell', { name: /^Red dot under a stage: its fault path/ })).toBeVisible();
    await expect(marks.getByRole('cell', { name: /^Outlined “↳”: only follows from an error elsewhere/ })).toBeVisible();
    // and each sample is coloured as the canvas draws its mark, in this theme too (the dark theme's
    // palette `white` is a dark surface, which the canvas's marks do not use)
    for (const [i, { sample, canvas }] of (await sampleAndCanvasLooks(page)).entries()) expect(sample, CANVAS_CLASSES[i]).toEqual(canvas);
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/canvasMarksHelp-${width}-${scheme}.png` });
    expect(await seriousViolations(page, 'dialog')).toEqual([]);
  });
}
