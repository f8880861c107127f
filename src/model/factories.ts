/** Factories for new documents and elements, with the defaults the designer uses. */
import { XML_DEFAULT_API_VERSION } from './apiVersion';
import type { Orchestration, Scenario } from './types';

/** A new, empty orchestration: one namespace, the API version Flow XML is written with, autolaunched. */
export function emptyOrchestration(name = 'New_Orchestration', label = 'New Orchestration'): Orchestration {
  return {
    format: 'stageflow.orchestration',
    version: 1,
    name,
    label,
    apiVersion: XML_DEFAULT_API_VERSION,
    trigger: { type: 'autolaunched', launchedBy: 'admin', runContext: 'user' },
    variables: [],
    users: [{ username: 'admin', name: 'Admin User', active: true }],
    flows: [],
    stages: [],
    decisions: [],
  };
}

/** A scenario in which everything follows the flows' default behaviour. */
export function defaultScenario(): Scenario {
  return { format: 'stageflow.scenario', version: 1, name: 'Default behaviour', events: [] };
}
