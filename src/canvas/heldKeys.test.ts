// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { holdKeys } from './heldKeys';

const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('holdKeys', () => {
  afterEach(() => document.body.replaceChildren());

  it('holds keys until released, then sends them in order to what has focus, one a task', async () => {
    const node = document.createElement('div');
    const item = document.createElement('button');
    document.body.append(node, item);
    const onNode: string[] = [];
    const onItem: string[] = [];
    node.addEventListener('keydown', (e) => onNode.push(e.key));
    item.addEventListener('keydown', (e) => onItem.push(e.key));
    const held = holdKeys();
    // keys pressed before the menu is ready do not reach the node behind it
    expect(press(node, 'ArrowDown')).toBe(false);
    press(node, 'Enter');
    expect(onNode).toEqual([]);
    item.focus();
    held.release();
    expect(onItem).toEqual(['ArrowDown']);
    // a key pressed while the held ones are sent joins the end
    press(item, 'Escape');
    await nextTask();
    await nextTask();
    await nextTask();
    expect(onItem).toEqual(['ArrowDown', 'Enter', 'Escape']);
    // once all are sent, keys go through again
    press(item, 'x');
    expect(onItem).toEqual(['ArrowDown', 'Enter', 'Escape', 'x']);
  });

  it('drops what it held when the menu closes before it is ready, and holds no more', () => {
    const node = document.createElement('div');
    document.body.append(node);
    const seen: string[] = [];
    node.addEventListener('keydown', (e) => seen.push(e.key));
    const held = holdKeys();
    press(node, 'ArrowDown');
    held.drop();
    held.release();
    press(node, 'Delete');
    expect(seen).toEqual(['Delete']);
  });
});
