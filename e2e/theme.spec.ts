/** Themes (issue 17): contrast of connectors, arrowheads and focus rings in light and dark (WCAG 1.4.11), dark mode following the system, axe clean in both. */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { contrast } from './contrast';
import { getDocument, node } from './helpers';

/** The stroke and fill of the arrowhead (its SVG marker) on the first connector matching `selector`. */
function arrowheadPaint(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} .react-flow__edge-path`).first().evaluate((el) => {
    const id = /url\('?#(.+?)'?\)$/.exec(el.getAttribute('marker-end') ?? '')?.[1] ?? '';
    const shape = document.getElementById(id)?.querySelector('polyline');
    return shape ? [getComputedStyle(shape).stroke, getComputedStyle(shape).fill] : [];
  });
}

test('in the light theme every arrowhead keeps 3:1 against what it lies on: the pane, or a stage for a predecessor (WCAG 1.4.11)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
  // the first ancestor of the pane with a background of its own (React Flow's light pane is transparent)
  const pane = await page.locator('.react-flow').evaluate((el) => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return 'rgb(255, 255, 255)';
  });
  const stage = await node(page, 'Intake').locator('.sf-stage').evaluate((el) => getComputedStyle(el).backgroundColor);
  // before: React Flow's default marker grey #b1b1b7, 2.1:1 on the white pane, under lines of 8:1
  for (const [selector, behind] of [['.edge-next', pane], ['.edge-fault', pane], ['.edge-predecessor', stage]] as const) {
    const paint = await arrowheadPaint(page, selector);
    expect(paint, selector).toHaveLength(2);
    for (const colour of paint) expect(contrast(colour, behind), `${selector} arrowhead`).toBeGreaterThanOrEqual(3);
  }
});

test('in dark mode connectors and focus rings keep 3:1 against the dark canvas and a stage\'s light background (WCAG 1.4.11)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const pane = await page.locator('.react-flow').evaluate((el) => getComputedStyle(el).backgroundColor);
  const stage = await node(page, 'Intake').locator('.sf-stage').evaluate((el) => getComputedStyle(el).backgroundColor);
  const stroke = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).stroke);
  // the connectors between stages (before: brand green 2.3:1 and fault red 2.6:1 on the pane)
  expect(contrast(await stroke('.edge-next .react-flow__edge-path'), pane), 'next connector').toBeGreaterThanOrEqual(3);
  expect(contrast(await stroke('.edge-fault .react-flow__edge-path'), pane), 'fault path').toBeGreaterThanOrEqual(3);
  // and the fault path's arrowhead, drawn by a marker whose colour was fixed to the light theme's red (2.6:1)
  const arrowhead = await arrowheadPaint(page, '.edge-fault');
  expect(arrowhead, 'fault arrowhead').toHaveLength(2);
  for (const paint of arrowhead) expect(contrast(paint, pane), 'fault arrowhead').toBeGreaterThanOrEqual(3);
  for (const paint of await arrowheadPaint(page, '.edge-next')) expect(contrast(paint, pane), 'next connector arrowhead').toBeGreaterThanOrEqual(3);
  // a focused connector, a focused stage (ring on the pane) and a focused step (ring on its stage): before, blue at 2.4:1 on the pane
  const edge = page.locator('g.react-flow__edge[aria-label*="default path"]');
  await edge.focus();
  const focusedStroke = await edge.locator('.react-flow__edge-path').evaluate((el) => getComputedStyle(el).stroke);
  expect(contrast(focusedStroke, pane), 'focused connector').toBeGreaterThanOrEqual(3);
  for (const [name, behind] of [['Intake', pane], ['Credit_Check', stage]] as const) {
    await node(page, name).focus();
    const ring = await node(page, name).evaluate((el) => getComputedStyle(el).outlineColor);
    expect(contrast(ring, behind), `focus ring of ${name}`).toBeGreaterThanOrEqual(3);
  }
});

test('in dark mode the Timeline chart\'s step bars keep 3:1 against the panel, as the status colours do (WCAG 1.4.11)', async ({ page }) => {
  // given a run that ends with a step in Error and others Completed, its Timeline chart shown in dark mode
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeEnabled();
  await slider.focus();
  await slider.press('End');
  await page.getByRole('tab', { name: 'Timeline chart' }).click();
  const chart = page.getByRole('figure', { name: 'Gantt chart' });
  await expect(chart.locator('rect').first()).toBeVisible();
  // then each step bar (8 px high; a stage's 12 px band is a faint background by design), blended at its opacity, against the panel
  const { panel, bars } = await chart.evaluate((figure) => {
    let at: Element | null = figure;
    let panel = 'rgb(0, 0, 0)';
    for (; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') { panel = colour; break; }
    }
    const bars = [...figure.querySelectorAll('rect')].filter((r) => r.getAttribute('height') === '8')
      .map((r) => ({ fill: getComputedStyle(r).fill, opacity: Number(r.getAttribute('opacity') ?? 1), tip: r.querySelector('title')?.textContent ?? '' }));
    return { panel, bars };
  });
  const blend = (fill: string, behind: string, alpha: number) => {
    const [f, b] = [fill, behind].map((c) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number));
    return `rgb(${f!.map((v, i) => Math.round(alpha * v + (1 - alpha) * b![i]!)).join(', ')})`;
  };
  expect(bars.some((b) => b.tip.includes('Error'))).toBe(true);
  for (const bar of bars) expect(contrast(blend(bar.fill, panel, bar.opacity), panel), bar.tip).toBeGreaterThanOrEqual(3);
});

test('dark mode follows the system, can be toggled, and is axe clean in both themes', async ({ page }) => {
  // given a system that prefers dark
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // then the page is dark and the toggle says so
  await expect(page.locator('html')).toHaveClass(/dark/);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: 'reports/editor-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);
  // when the user switches to light, the choice outlives a reload
  await toggle.click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(node(page, 'Buddy')).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  expect((await getDocument(page)).name).toBe('Employee_Onboarding');
});
