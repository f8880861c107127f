/**
 * `orchestration.relabel`: the orchestration's Label, with its API name following it while the
 * name is still the one the old label derives (Flow Builder's rule, model/labelFollowing.ts). A
 * name the admin typed stays. Typing applies this once per keystroke inside one gesture, so the
 * name follows each keystroke and the whole edit is one undo entry.
 */
import { nameAfterRelabel } from '../model/labelFollowing';
import { defineCommand } from './command';
import { mergeChanges } from './elementLocator';

export interface RelabelOrchestrationParams {
  /** The new label; absent or blank clears it (the name stays). */
  label: string | undefined;
}

export const relabelOrchestration = defineCommand<RelabelOrchestrationParams>('orchestration.relabel', 'Edit orchestration label', (doc, { label }) => {
  const next = label === undefined || label === '' ? undefined : label;
  return mergeChanges(doc, { label: next, name: nameAfterRelabel(doc.name, doc.label, next) });
});
