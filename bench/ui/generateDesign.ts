/**
 * Generated designs for the UI benchmark: `stages` stages of `stepsPerStage` steps each, chained
 * by `next`; every second step waits for the one before it (predecessor connectors), flows alternate
 * sync and async. No layout: the canvas places everything, as it would for an imported design.
 */
import type { Orchestration, Stage } from '../../src/model/types';

export function generateDesign(stages: number, stepsPerStage: number): Orchestration {
  const list: Stage[] = [];
  for (let s = 1; s <= stages; s++) {
    const steps = [];
    for (let t = 1; t <= stepsPerStage; t++) {
      const name = `S${s}_Step_${t}`;
      steps.push({
        name,
        label: `Step ${t} of stage ${s}`,
        kind: 'background' as const,
        flow: t % 3 === 0 ? 'Call_Service' : 'Update_Record',
        start: t % 2 === 0 ? { mode: 'stepCompleted' as const, step: `S${s}_Step_${t - 1}` } : { mode: 'stageStarts' as const },
        runAs: { mode: 'default' as const },
      });
    }
    list.push({ name: `Stage_${s}`, label: `Stage ${s}`, exit: { mode: 'allStepsCompleted' }, ...(s < stages ? { next: `Stage_${s + 1}` } : {}), steps });
  }
  return {
    format: 'stageflow.orchestration',
    version: 1,
    name: `Generated_${stages * stepsPerStage}`,
    label: `Generated design, ${stages * stepsPerStage} steps`,
    apiVersion: 63,
    trigger: { type: 'autolaunched', launchedBy: 'admin', runContext: 'user' },
    variables: [],
    users: [{ username: 'admin', name: 'Admin', active: true }],
    flows: [
      { name: 'Update_Record', label: 'Update record', type: 'autolaunched', active: true, elements: ['RecordUpdate'] },
      { name: 'Call_Service', label: 'Call service', type: 'autolaunched', active: true, elements: ['Action'] },
    ],
    stages: list,
    decisions: [],
  };
}
