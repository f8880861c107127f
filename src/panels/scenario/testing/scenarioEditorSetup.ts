/** Test support for the Scenarios dialog's tests: the store holding a design, no scenarios, no project file. */
import { emptyOrchestration } from '../../../model/factories';
import type { Orchestration } from '../../../model/types';
import { useAppStore } from '../../../store/appStore';

/** One stage with one background step, `Charge`, running flow `F`. */
export function oneStepDesign(): Orchestration {
  return {
    ...emptyOrchestration(),
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F' }] }],
  };
}

/** Two labelled background steps: `Charge` ("Charge payment") and `Ship` ("Create shipment"). */
export function twoLabelledSteps(): Orchestration {
  return {
    ...emptyOrchestration(),
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [
      { name: 'Charge', label: 'Charge payment', kind: 'background', flow: 'F' },
      { name: 'Ship', label: 'Create shipment', kind: 'background', flow: 'F' },
    ] }],
  };
}

/** Opens `doc` with no scenarios and no project file, as the dialog's tests start. */
export function openScenariosOf(doc: Orchestration): void {
  useAppStore.getState().replaceDocument(doc);
  useAppStore.getState().setScenarios([]);
  useAppStore.getState().setProjectFile(null);
}
