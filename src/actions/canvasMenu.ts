/**
 * What the canvas's context menu offers, for what was right-clicked (or had focus when Shift+F10
 * or the context-menu key was pressed): a stage, a step, a decision, a connector, a selection of
 * several elements, or the empty canvas at a point. Pure: the menu component renders these
 * entries, each an action of the registry with its argument.
 */
import { elementLabel, findDecision, findStage, findStep, runOrder } from '../commands/queries';
import type { Orchestration, Position } from '../model/types';
import { copyAction, duplicateAction, pasteAction } from './clipboardActions';
import { connectionProblem } from './connect';
import { editPropertiesAction } from './editPropertiesAction';
import { deleteAction, renameAction, selectAllAction } from './elementActions';
import { connectAction, insertStageAfterAction, insertStepAfterAction, insertStepInStageAction } from './insertActions';
import { moveStepToStageAction } from './moveActions';
import type { Action, IconName } from './types';
import { fitViewAction, tidyUpAction } from './viewActions';

export type CanvasTarget =
  | { kind: 'element'; name: string }
  | { kind: 'edge'; id: string }
  | { kind: 'selection' }
  | { kind: 'pane'; position: Position };

export interface CanvasMenuItem {
  action: Action<never>;
  arg?: unknown;
  label?: string;
}

/** A group of items; a `submenu` is shown as "label ▸" (connect to…, fault path to…). */
export interface CanvasMenuGroup {
  submenu?: string;
  /** The submenu's icon. */
  icon?: IconName;
  items: CanvasMenuItem[];
}

const item = <A>(action: Action<A>, arg?: A, label?: string): CanvasMenuItem => ({ action: action as Action<never>, arg, label });


/** Every element `source` can be connected to (by the same rules as dragging a connector). */
function connectTargets(doc: Orchestration, source: string, handle?: 'fault'): CanvasMenuItem[] {
  const at = findStep(doc, source);
  const candidates = at ? at.stage.steps.map((s) => s.name) : runOrder(doc).filter((n) => !findStep(doc, n));
  const all = new Set([...candidates, ...doc.stages.map((s) => s.name), ...(doc.decisions ?? []).map((d) => d.name)]);
  return [...all]
    .filter((target) => target !== source && !connectionProblem(doc, { source, target, sourceHandle: handle ?? null }))
    .map((target) => item(connectAction, { source, target, sourceHandle: handle ?? null }, elementLabel(doc, target)));
}

const clipboardGroup = (): CanvasMenuGroup => ({ items: [item(duplicateAction), item(copyAction), item(pasteAction), item(deleteAction)] });

/** The groups of the context menu for `target` in `doc`. */
export function canvasMenu(doc: Orchestration, target: CanvasTarget): CanvasMenuGroup[] {
  switch (target.kind) {
    case 'pane':
      return [
        { items: [item(insertStageAfterAction, { after: null, position: target.position }, 'Add stage here'), item(insertStageAfterAction, { after: null, kind: 'decision', position: target.position }, 'Add decision here')] },
        { items: [item(pasteAction), item(selectAllAction)] },
        { items: [item(tidyUpAction), item(fitViewAction)] },
      ];
    case 'selection':
      return [clipboardGroup(), { items: [item(tidyUpAction), item(fitViewAction)] }];
    case 'edge':
      return [{ items: [item(deleteAction, undefined, 'Delete connector')] }];
    case 'element': {
      const { name } = target;
      const groups: CanvasMenuGroup[] = [];
      if (findStep(doc, name)) groups.push({ items: [item(insertStepAfterAction, { step: name })] });
      if (findStage(doc, name)) {
        groups.push({
          items: [
            item(insertStepInStageAction, { stage: name }, 'Add background step here'),
            item(insertStepInStageAction, { stage: name, kind: 'interactive' }, 'Add interactive step here'),
            item(insertStageAfterAction, { after: name }),
          ],
        });
      }
      if (findDecision(doc, name)) groups.push({ items: [item(insertStageAfterAction, { after: name })] });
      groups.push({ items: [item(renameAction)] }, clipboardGroup());
      groups.push({ submenu: findStep(doc, name) ? 'Connect to (waits for this step)' : 'Connect to', icon: 'connect', items: connectTargets(doc, name) });
      if (findStage(doc, name)) groups.push({ submenu: 'Set fault path to', icon: 'fault', items: connectTargets(doc, name, 'fault') });
      const step = findStep(doc, name);
      if (step) {
        // the drag's alternative: every other stage, in the design's order, by its label
        const stages = doc.stages.filter((s) => s !== step.stage);
        groups.push({ submenu: 'Move to stage', icon: 'stage', items: stages.map((s) => item(moveStepToStageAction, { step: name, toStage: s.name }, elementLabel(doc, s.name))) });
      }
      // last, so the items above keep their places (↓ ↓ Enter is Duplicate on a step)
      groups.push({ items: [item(editPropertiesAction)] });
      return groups;
    }
  }
}
