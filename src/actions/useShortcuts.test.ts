// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import onboarding from '../../public/samples/onboarding.json';
import { actionForKey, selectFocusedElement } from './useShortcuts';

const sample = onboarding as unknown as Orchestration;

/** A key press on `target` (a canvas node or connector as React Flow draws them). */
const press = (target: Element, key: string, mod = false) => ({ key, ctrlKey: mod, metaKey: false, shiftKey: false, altKey: false, target });

/** A canvas node or connector with focus, from the keyboard unless `keyboard` is false (jsdom has no :focus-visible of its own). */
function canvasElement(kind: 'node' | 'edge', id: string, keyboard = true): Element {
  const el = kind === 'node' ? document.createElement('div') : document.createElementNS('http://www.w3.org/2000/svg', 'g');
  el.setAttribute('class', `react-flow__${kind}`);
  el.setAttribute('data-id', id);
  el.setAttribute('tabindex', '0');
  document.body.append(el);
  (el as HTMLElement).focus();
  const matches = el.matches.bind(el);
  Object.defineProperty(el, 'matches', { value: (selector: string) => (selector === ':focus-visible' ? keyboard : matches(selector)) });
  return el;
}

describe('element shortcuts act on the focused canvas element', () => {
  let store: AppStore;
  beforeEach(() => {
    document.body.replaceChildren();
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openUnsavedDesign(sample, []);
    store.getState().setStarting(false);
  });

  it('Delete or F2 on a focused node outside the selection selects it first', () => {
    store.getState().select(['Buddy']);
    // when
    const changed = selectFocusedElement(press(canvasElement('node', 'Settle_In'), 'F2'), store);
    // then
    expect(changed).toBe(true);
    expect(store.getState().selected).toEqual(['Settle_In']);
    expect(actionForKey(press(canvasElement('node', 'Settle_In'), 'F2') as unknown as KeyboardEvent, { store })?.id).toBe('element.renameInPlace');
  });

  it('focus from a mouse click changes nothing (a node Ctrl+clicked out of the selection)', () => {
    store.getState().select(['Buddy']);
    expect(selectFocusedElement(press(canvasElement('node', 'Settle_In', false), 'Delete'), store)).toBe(false);
    expect(store.getState().selected).toEqual(['Buddy']);
  });

  it('a focused node that is part of the selection keeps the selection', () => {
    store.getState().select(['Buddy', 'Settle_In']);
    expect(selectFocusedElement(press(canvasElement('node', 'Settle_In'), 'Delete'), store)).toBe(false);
    expect(store.getState().selected).toEqual(['Buddy', 'Settle_In']);
  });

  it('a focused node the selection has moved away from since it got focus (Duplicate, Paste) leaves the selection to the copy', () => {
    store.getState().select(['Buddy']);
    const original = canvasElement('node', 'Buddy');
    const selectionWhenFocused = store.getState().selected;
    // when an edit selects its copy, and Delete comes before focus has followed it
    store.getState().select(['Buddy_2']);
    expect(selectFocusedElement(press(original, 'Delete'), store, selectionWhenFocused)).toBe(false);
    // then the copy stays the selection
    expect(store.getState().selected).toEqual(['Buddy_2']);
  });

  it('a node reached with Tab while another is selected, or after the selection was cleared, is still selected by the key', () => {
    store.getState().select(['Buddy']);
    const selectionWhenFocused = store.getState().selected;
    const tabbedTo = canvasElement('node', 'Settle_In');
    expect(selectFocusedElement(press(tabbedTo, 'Delete'), store, selectionWhenFocused)).toBe(true);
    expect(store.getState().selected).toEqual(['Settle_In']);
    // the selection cleared (Escape) since focus came: the focused node is what the key is for
    store.getState().select([]);
    expect(selectFocusedElement(press(canvasElement('node', 'Buddy'), 'F2'), store, ['Settle_In'])).toBe(true);
    expect(store.getState().selected).toEqual(['Buddy']);
  });

  it('a focused connector becomes the selection; keys of other actions change nothing', () => {
    store.getState().select(['Buddy']);
    expect(selectFocusedElement(press(canvasElement('node', 'Settle_In'), 'z', true), store)).toBe(false);
    expect(store.getState().selected).toEqual(['Buddy']);
    // when
    expect(selectFocusedElement(press(canvasElement('edge', 'next:Settle_In'), 'Delete'), store)).toBe(true);
    // then
    expect(store.getState().selected).toEqual([]);
    expect(store.getState().selectedEdges).toEqual(['next:Settle_In']);
  });
});

describe('the keys that add an element work with the canvas or the Outline focused', () => {
  let store: AppStore;
  beforeEach(() => {
    document.body.replaceChildren();
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openUnsavedDesign(sample, []);
    store.getState().setStarting(false);
  });

  /** An element inside `container` (made by `make`), as a key's target. */
  function inside(make: () => HTMLElement): HTMLElement {
    const container = make();
    const target = document.createElement('div');
    target.tabIndex = 0;
    container.append(target);
    document.body.append(container);
    return target;
  }

  it('S, B, I and D on the canvas (React Flow\'s pane or a node) are Add stage, background step, interactive step and decision', () => {
    // given a target inside the canvas
    const canvas = inside(() => Object.assign(document.createElement('div'), { className: 'react-flow' }));
    // when each letter is pressed there, then its add action answers
    const ids = ['s', 'b', 'i', 'd', 'S'].map((key) => actionForKey(press(canvas, key) as unknown as KeyboardEvent, { store })?.id);
    expect(ids).toEqual(['stage.add', 'step.addBackground', 'step.addInteractive', 'decision.add', 'stage.add']);
    // and on the canvas region itself (focused by Skip to the canvas, or after Escape)
    const host = Object.assign(document.createElement('div'), { tabIndex: 0 });
    host.setAttribute('data-canvas-host', '');
    document.body.append(host);
    expect(actionForKey(press(host, 's') as unknown as KeyboardEvent, { store })?.id).toBe('stage.add');
  });

  it('the same letters in the Outline\'s tree; elsewhere (a toolbar button) and with Ctrl/Cmd they are not adds', () => {
    const tree = inside(() => {
      const ul = document.createElement('ul');
      ul.setAttribute('role', 'tree');
      ul.setAttribute('aria-label', 'Orchestration outline');
      return ul;
    });
    expect(actionForKey(press(tree, 'b') as unknown as KeyboardEvent, { store })?.id).toBe('step.addBackground');
    const button = document.createElement('button');
    document.body.append(button);
    expect(actionForKey(press(button, 's') as unknown as KeyboardEvent, { store })).toBeNull();
    store.getState().select(['Buddy']);
    const canvas = inside(() => Object.assign(document.createElement('div'), { className: 'react-flow' }));
    expect(actionForKey(press(canvas, 'd', true) as unknown as KeyboardEvent, { store })?.id).toBe('selection.duplicate');
  });
});
