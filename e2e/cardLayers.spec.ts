/**
 * A step card is not a paint layer of its own (docs/performance.md, thirty-sixth round): it is not
 * positioned, so a pan or zoom at a readable zoom walks one layer per card fewer. Its absolutely
 * placed parts anchor to React Flow's node instead and must be drawn exactly where they were when
 * the card was their anchor: the handles centred 2 px inside the card's outer top and bottom edges
 * (on its 2 px border), the problem marker 10 px inside its outer top-right corner, the run's change
 * ring 3 px outside it.
 */
import { expect, test, type Page } from '@playwright/test';

interface Box { x: number; y: number; width: number; height: number }
interface CardParts { id: string; position: string; card: Box; parts: Record<string, Box> }

async function cards(page: Page): Promise<CardParts[]> {
  return page.evaluate(() => {
    const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node-step .sf-card')].map((card) => {
      const parts: Record<string, { x: number; y: number; width: number; height: number }> = {};
      for (const [name, selector] of [['in', '.react-flow__handle-top'], ['out', '.react-flow__handle-bottom'], ['marker', '.sf-marker'], ['ring', '.run-change-mark']]) {
        const el = card.querySelector(`:scope > ${selector}`);
        if (el) parts[name!] = box(el);
      }
      return { id: card.closest('.react-flow__node')!.getAttribute('data-id')!, position: getComputedStyle(card).position, card: box(card), parts };
    });
  });
}

function expectInPlace({ id, card, parts }: CardParts) {
  const near = (actual: number, expected: number, what: string) => expect(Math.abs(actual - expected), `${id}: ${what} (${actual} against ${expected})`).toBeLessThan(0.51);
  const midX = card.x + card.width / 2;
  if (parts.in) { near(parts.in.x + parts.in.width / 2, midX, 'in handle x'); near(parts.in.y + parts.in.height / 2, card.y + 2, 'in handle y'); }
  if (parts.out) { near(parts.out.x + parts.out.width / 2, midX, 'out handle x'); near(parts.out.y + parts.out.height / 2, card.y + card.height - 2, 'out handle y'); }
  if (parts.marker) { near(parts.marker.y, card.y + 10, 'marker top'); near(parts.marker.x + parts.marker.width, card.x + card.width - 10, 'marker right'); }
  if (parts.ring) { near(parts.ring.x, card.x - 3, 'ring left'); near(parts.ring.y, card.y - 3, 'ring top'); near(parts.ring.width, card.width + 6, 'ring width'); near(parts.ring.height, card.height + 6, 'ring height'); }
}

test('a step card is no paint layer, and its handles, marker and change ring stay where they were', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?sample=onboarding');
  await page.locator('.react-flow__node-step').first().waitFor();
  await page.getByRole('button', { name: /^Zoom level/ }).click();
  await expect.poll(() => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a)).toBe(1);

  const editing = await cards(page);
  expect(editing.length).toBeGreaterThan(3);
  expect(editing.filter((c) => c.parts.marker).length, 'the onboarding sample has a step with a problem marker').toBeGreaterThan(0);
  for (const c of editing) {
    expect(c.position, `${c.id}: a positioned card is a paint layer of its own`).toBe('static');
    expect(Object.keys(c.parts)).toEqual(expect.arrayContaining(['in', 'out']));
    expectInPlace(c);
  }

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const forward = page.getByRole('button', { name: 'Step forward', exact: true });
  await expect(forward).toBeEnabled();
  for (let i = 0; i < 6; i++) await forward.click();
  await expect(page.locator('.react-flow__node-step .run-change-mark')).toHaveCount(1);
  const running = await cards(page);
  expect(running.filter((c) => c.parts.ring).length).toBe(1);
  for (const c of running) expectInPlace(c);
});
