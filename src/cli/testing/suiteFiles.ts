/** Test support: the routed design (src/verify/testing/designs.ts) and scenarios as files for the commands. */
import { exportOrchestration, exportScenario } from '../../io/jsonExport';
import type { Expectation, Scenario } from '../../model/types';
import { routedDesign } from '../../verify/testing/designs';

export const routedJson = (): string => exportOrchestration(routedDesign());

/** A scenario file's text. */
export function scenarioText(name: string, expectations?: Expectation[], extra: Partial<Scenario> = {}): string {
  return exportScenario({ format: 'stageflow.scenario', version: 1, name, ...extra, ...(expectations ? { expectations } : {}) });
}
