/** Test support for the Scenarios dialog's tests: the store holding a design, no scenarios, no project file. */
import { render } from '@testing-library/react';
import { createElement, useState, type ReactElement } from 'react';
import { emptyOrchestration } from '../../../model/factories';
import type { Orchestration, Scenario } from '../../../model/types';
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

/** A Case orchestration whose interactive step `Review` goes to the case's owner (`$Record.Owner:User.Username`, a polymorphic lookup). */
export function caseOwnerDesign(): Orchestration {
  return {
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'Case', when: 'create' },
    flows: [{ name: 'F', type: 'screen', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Review', kind: 'interactive', flow: 'F', assignee: { type: 'user', name: '$Record.Owner:User.Username' } }] }],
  };
}

/** Opens `doc` with no scenarios and no project file, as the dialog's tests start. */
export function openScenariosOf(doc: Orchestration): void {
  useAppStore.getState().replaceDocument(doc);
  useAppStore.getState().setScenarios([]);
  useAppStore.getState().setProjectFile(null);
}

/** The props every part of the scenario editor takes: the scenario shown and where an edit goes. */
interface ScenarioPartProps {
  scenario: Scenario;
  onChange: (next: Scenario) => void;
}

/**
 * Renders one part of the scenario editor over a scenario held in state, as the dialog holds it;
 * `latest()` is the scenario after the edits made so far.
 */
export function renderScenarioPart(part: (props: ScenarioPartProps) => ReactElement, start: Scenario = { format: 'stageflow.scenario', version: 1 }): { latest: () => Scenario } {
  let latest = start;
  function Harness() {
    const [scenario, setScenario] = useState<Scenario>(start);
    latest = scenario;
    return part({ scenario, onChange: setScenario });
  }
  render(createElement(Harness));
  return { latest: () => latest };
}
