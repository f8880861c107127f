/**
 * A large valid orchestration for benchmarks and scale tests: `stepCount` steps in stages of
 * `stepsPerStage`, mixing every start mode, inputs, outputs and requirement rows.
 */
import type { Orchestration, Stage, Step } from '../types';

function step(stage: number, i: number): Step {
  const name = `S${stage}_Step_${i}`;
  const previous = `S${stage}_Step_${i - 1}`;
  const base = { name, label: `Stage ${stage} step ${i}`, inputs: { recordId: 'order.Id' } };
  switch (i % 5) {
    case 0:
      return { ...base, kind: 'background', flow: 'Sync_Work', start: { mode: 'stageStarts' }, runAs: { mode: 'default' }, outputs: { result: 'tracking' } };
    case 1:
      return { ...base, kind: 'background', flow: 'Async_Work', start: { mode: 'stepCompleted', step: previous }, runAs: { mode: 'user', user: 'jdoe' } };
    case 2:
      return {
        ...base, kind: 'background', flow: 'Sync_Work',
        start: { mode: 'requirements', logic: '1 AND (2 OR 3)', requirements: [
          { left: `${previous}.Status`, operator: 'EqualTo', right: { string: 'Completed' } },
          { left: 'amount', operator: 'GreaterThan', right: { number: 100 } },
          { left: 'order.Region', operator: 'EqualTo', right: { ref: 'region' } },
        ] },
      };
    case 3:
      return { ...base, kind: 'interactive', flow: 'Review', start: { mode: 'stepCompleted', step: previous }, assignee: { type: 'queue', name: 'Reviewers' }, complete: { mode: 'screenFlowFinished' } };
    default:
      return { ...base, kind: 'background', flow: 'Sync_Work', start: { mode: 'evaluationFlow', flow: 'Is_Ready', inputs: { recordId: 'order.Id' } } };
  }
}

/** A valid orchestration with `stepCount` steps. */
export function largeOrchestration(stepCount = 10_000, stepsPerStage = 50): Orchestration {
  const stageCount = Math.ceil(stepCount / stepsPerStage);
  const stages: Stage[] = [];
  for (let s = 0; s < stageCount; s++) {
    const steps: Step[] = [];
    for (let i = 0; i < stepsPerStage && s * stepsPerStage + i < stepCount; i++) steps.push(step(s, i));
    stages.push({ name: `Stage_${s}`, label: `Stage ${s}`, exit: { mode: 'allStepsCompleted' }, next: s + 1 < stageCount ? `Stage_${s + 1}` : null, steps });
  }
  return {
    format: 'stageflow.orchestration', version: 1, name: 'Large_Orchestration', label: 'Large orchestration', apiVersion: 63,
    trigger: { type: 'autolaunched', launchedBy: 'jdoe', runContext: 'user' },
    variables: [
      { name: 'amount', type: 'Number', value: 250 },
      { name: 'region', type: 'Text', value: 'EMEA' },
      { name: 'tracking', type: 'Text' },
      { name: 'order', type: 'Record', object: 'Order', value: { Id: '801A1', Region: 'EMEA' } },
    ],
    users: [{ username: 'jdoe', name: 'Jane Doe', active: true }],
    flows: [
      { name: 'Sync_Work', type: 'autolaunched', active: true, elements: ['Assignment'], inputs: ['recordId'], outputs: ['result'] },
      { name: 'Async_Work', type: 'autolaunched', active: true, elements: ['Action'], inputs: ['recordId'], outputs: [] },
      { name: 'Review', type: 'screen', active: true, elements: ['Screen'], inputs: ['recordId'], outputs: [] },
      { name: 'Is_Ready', type: 'evaluation', active: true, inputs: ['recordId'], outputs: [], result: true },
    ],
    start: 'Stage_0',
    stages,
  };
}
