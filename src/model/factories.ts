/** Factories for new documents and elements, with the defaults the designer uses. */
import type { Orchestration } from './types';

/** A new, empty orchestration: one namespace, API version 63, autolaunched. */
export function emptyOrchestration(name = 'New_Orchestration', label = 'New Orchestration'): Orchestration {
  return {
    format: 'stageflow.orchestration',
    version: 1,
    name,
    label,
    apiVersion: 63,
    trigger: { type: 'autolaunched', launchedBy: 'admin', runContext: 'user' },
    variables: [],
    users: [{ username: 'admin', name: 'Admin User', active: true }],
    flows: [],
    stages: [],
    decisions: [],
  };
}
