// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusCanvasElement } from './focusElement';

/** Runs the frames queued so far, one by one. */
function runFrames(queue: FrameRequestCallback[], count: number) {
  for (let i = 0; i < count && queue.length; i++) queue.shift()!(0);
}

/** A node React Flow mounts: a wrapper in its node layer. */
function addNode(name: string): HTMLElement {
  const node = document.createElement('div');
  node.className = 'react-flow__node';
  node.dataset.id = name;
  node.tabIndex = 0;
  let layer = document.querySelector('.react-flow__nodes');
  if (!layer) {
    layer = document.createElement('div');
    layer.className = 'react-flow__nodes';
    document.body.append(layer);
  }
  layer.append(node);
  return node;
}

/** The hidden stand-in of a node React Flow has not mounted (canvas/standIns.ts), outside its node layer. */
function addStandIn(name: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'react-flow__node';
  el.hidden = true;
  el.dataset.id = name;
  document.body.append(el);
  return el;
}

describe('focusCanvasElement', () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  afterEach(() => {
    document.body.replaceChildren();
    frames.length = 0;
  });

  it('focuses a node drawn at once', () => {
    const node = addNode('A');
    focusCanvasElement('A');
    expect(document.activeElement).toBe(node);
  });

  it('waits for the real node past a stand-in of it (a big design bringing the element into view)', () => {
    const asker = addNode('Asker');
    asker.focus();
    const standIn = addStandIn('Far');
    focusCanvasElement('Far');
    expect(document.activeElement).toBe(asker);
    standIn.remove();
    const far = addNode('Far');
    runFrames(frames, 1);
    expect(document.activeElement).toBe(far);
  });

  it('focuses a node drawn a few frames later, from the element that asked', () => {
    const original = addNode('Buddy');
    original.focus();
    focusCanvasElement('Buddy_2');
    runFrames(frames, 1);
    const copy = addNode('Buddy_2');
    runFrames(frames, 1);
    expect(document.activeElement).toBe(copy);
  });

  it('moves focus lost to the page meanwhile (the button that asked was removed)', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    focusCanvasElement('New');
    button.remove();
    const node = addNode('New');
    runFrames(frames, 1);
    expect(document.activeElement).toBe(node);
  });

  it('never takes focus from a field the user opened before the node was drawn (F2 on a pasted copy)', () => {
    const original = addNode('Buddy');
    original.focus();
    focusCanvasElement('Buddy_2');
    const rename = document.createElement('input');
    document.body.append(rename);
    rename.focus();
    addNode('Buddy_2');
    runFrames(frames, 1);
    expect(document.activeElement).toBe(rename);
  });

  it('gives up after its frames when the node is never drawn', () => {
    focusCanvasElement('Missing', 3);
    runFrames(frames, 10);
    expect(frames).toHaveLength(0);
    expect(document.activeElement).toBe(document.body);
  });
});
