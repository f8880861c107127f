/**
 * What publishes the platform event a wait waits for, where the simulator knows and can say why it
 * never comes. Survey 21: four scheduled forecast flows start a Data Processing Engine definition
 * (an action of type `dataProcessingEngineAction`) and wait for its `BatchJobStatusChangedEvent`,
 * the event Salesforce publishes when that batch job's status changes, its `BatchJob` input naming
 * the job the action started (`{!Run_DPE_Definition.batchJobId}`). The simulator runs no batch job
 * (the action is recorded as a side effect), so nothing publishes the event and the run stays
 * waiting; the run now says so, where it named the event alone.
 */
import type { FlowDefinition, WaitEvent } from '../../definition';

const BATCH_JOB_EVENT = 'batchjobstatuschangedevent';

/** The sentence saying what publishes `event`'s platform event, or undefined when it is not a batch job's. */
export function batchJobEventAbout(definition: FlowDefinition, event: WaitEvent): string | undefined {
  if (event.eventType?.toLowerCase() !== BATCH_JOB_EVENT) return undefined;
  const job = event.inputParameters.find((p) => p.name.toLowerCase() === 'batchjob')?.value;
  const ref = job !== undefined && 'ref' in job ? job.ref : undefined;
  const starter = ref === undefined ? undefined : Object.values(definition.elements).find((e) => e.name.toLowerCase() === ref.split('.')[0]!.toLowerCase());
  const started = starter?.kind === 'actionCall'
    ? starter.actionType === 'dataProcessingEngineAction'
      ? ` — the Data Processing Engine definition ${starter.actionName} that ${starter.name} started —`
      : ` — the one ${starter.name} (${starter.actionType} ${starter.actionName}) started —`
    : '';
  const named = ref === undefined ? 'a batch job' : `the batch job {!${ref}}${started}`;
  return `${event.eventType}: ${named} publishes it when its status changes; the simulator runs no batch job (the action that starts one is a side effect), so nothing publishes it and the run stays waiting`;
}
