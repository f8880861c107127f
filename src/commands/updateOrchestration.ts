/** `orchestration.update`: the orchestration's own settings (label, name, API version, trigger…). */
import type { Orchestration } from '../model/types';
import { defineCommand } from './command';
import { mergeChanges } from './elementLocator';

export type OrchestrationChanges = Partial<
  Pick<Orchestration, 'name' | 'label' | 'description' | 'apiVersion' | 'trigger' | 'start'>
>;

export const updateOrchestration = defineCommand<OrchestrationChanges>(
  'orchestration.update',
  'Edit orchestration settings',
  (doc, changes) => mergeChanges(doc, changes),
);
