/**
 * A started step's card in a run holds what it shows: once a step starts, its card is as tall as
 * its status row and its "as …" line, not the room its chips took while editing; and no node moves
 * when the run starts or as it goes (docs/canvas.md, "A step's card in a run", src/canvas/startedCards.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { startRun } from './runHelpers';

/** Every node's place (React Flow's transform) and, for each step card, the room left under what it shows (flow px). */
function cards(page: Page) {
  return page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((el) => {
    const node = el as HTMLElement;
    const card = node.firstElementChild as HTMLElement;
    const box = card.getBoundingClientRect();
    const scale = box.height / card.offsetHeight; // the view's zoom
    let bottom = box.top;
    for (const child of Array.from(card.children)) {
      // the handles, problem marker and change ring are placed on the node, not in the card's rows
      if (getComputedStyle(child).position === 'absolute') continue;
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom);
    }
    // the card's bottom border (2 px) and padding (8 px)
    const room = Math.round((box.bottom - bottom) / scale - 10);
    return { id: node.dataset.id!, step: node.classList.contains('react-flow__node-step'), status: node.dataset.status ?? null, place: node.style.transform, text: card.innerText.replace(/\s+/g, ' '), room };
  }));
}

test('case escalation: Manager review, planned with two chip rows, holds its status row and "as mgr_lee" from the moment it starts, Complete work item while its work item is open; no node moves', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  await expect(page.locator('.react-flow__node[data-id="Manager_Review"]')).toBeVisible();
  const before = await cards(page);
  const places = new Map(before.map((c) => [c.id, c.place]));
  await startRun(page);
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('Home');
  const next = page.getByRole('button', { name: 'Next change' });
  const seen = new Set<string>();
  for (let change = 0; change < 40 && (await next.isEnabled()); change++) {
    await next.click();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    const now = await cards(page);
    for (const c of now) {
      expect(c.place, `${c.id} after change ${change}`).toBe(places.get(c.id));
      if (!c.step || c.status === null) continue;
      // what it shows fits, and no empty row is left under it: at most the 2 px a status row leaves
      expect(c.room, `${c.id} (${c.status}: ${c.text}) after change ${change}`).toBeGreaterThanOrEqual(0);
      expect(c.room, `${c.id} (${c.status}: ${c.text}) after change ${change}`).toBeLessThanOrEqual(2);
    }
    const manager = now.find((c) => c.id === 'Manager_Review')!;
    seen.add(`${manager.status}: ${manager.text}`);
  }
  // the moments that matter were passed through: started without and with its work item, and done
  expect([...seen]).toEqual(expect.arrayContaining([
    expect.stringMatching(/^InProgress: .*In progress as mgr_lee/),
    expect.stringMatching(/^InProgress: .*Complete work item/),
    expect.stringMatching(/^Completed: .*Completed as mgr_lee/),
  ]));
});
