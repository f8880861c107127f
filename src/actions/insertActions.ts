/**
 * Quick insert and connect, for the canvas's "+" buttons and context menus: the next step after a
 * step (it waits for that step), a step at the end of a stage, the next stage after a stage, and a
 * connector from one element to another. Each new element becomes the selection; the canvas moves
 * keyboard focus onto it (focusAfter 'new-element').
 */
import { setPredecessor } from '../commands/setPredecessor';
import { findStep } from '../commands/queries';
import type { Position } from '../model/types';
import { addElement } from './addElement';
import { connect, type ConnectionLike } from './connect';
import type { Action } from './types';
import { own } from '../model/ownKey';

/** Horizontal room between a step and the one inserted after it. */
const STEP_GAP_X = 220;

export const insertStepAfterAction: Action<{ step: string }> = {
  id: 'step.insertAfter',
  label: 'Add the next step',
  description: 'A background step in the same stage that starts when this one completes',
  group: 'insert',
  icon: 'plus',
  when: 'edit',
  focusAfter: 'new-element',
  perform({ store }, { step }) {
    const at = findStep(store.getState().doc, step);
    if (!at) return null;
    const here: Position | undefined = own(store.getState().doc.layout, step);
    const position = here ? { x: here.x + STEP_GAP_X, y: here.y } : undefined;
    const name = addElement(store, 'background', { stage: at.stage.name, position });
    if (name) store.getState().dispatch(setPredecessor, { step: name, predecessor: step });
    return name;
  },
};

export const insertStepInStageAction: Action<{ stage: string; kind?: 'background' | 'interactive'; position?: Position }> = {
  id: 'step.insertInStage',
  label: 'Add a step to this stage',
  description: 'A step at the end of this stage',
  group: 'insert',
  icon: 'plus',
  when: 'edit',
  focusAfter: 'new-element',
  perform: ({ store }, { stage, kind, position }) => addElement(store, kind ?? 'background', { stage, position }),
};

export const insertStageAfterAction: Action<{ after: string | null; kind?: 'stage' | 'decision'; position?: Position }> = {
  id: 'stage.insertAfter',
  label: 'Add the next stage',
  description: 'A stage that runs after this one',
  group: 'insert',
  icon: 'plus',
  when: 'edit',
  focusAfter: 'new-element',
  perform({ store }, { after, kind, position }) {
    // addElement places a stage after the selection: select the anchor first (or nothing: the end).
    store.getState().select(after ? [after] : []);
    return addElement(store, kind ?? 'stage', { position });
  },
};

export const connectAction: Action<ConnectionLike> = {
  id: 'element.connect',
  label: 'Connect',
  description: 'Draw a connector from one element to another',
  group: 'edit',
  icon: 'connect',
  when: 'edit',
  focusAfter: 'unchanged',
  perform: ({ store }, connection) => connect(store, connection),
};
