/**
 * Fields FORMAT.md §2 gives to one kind of element only, found on another: a step's `assignee` and
 * `complete` are for interactive steps, a flow's `condition` and `result` for evaluation flows (or,
 * before API 54, an autolaunched flow a condition may use). Elsewhere the run ignores them and Flow
 * XML has no place for them, so they are warnings: the design runs, and the admin learns why the
 * field does nothing. Also a record-triggered orchestration without the `object` whose records
 * start it, which Salesforce cannot save (its start element names the object), and a `$Record`
 * variable in one that is not record-triggered (FORMAT.md §1: `$Record` is the triggering record).
 */
import { childPath, stepPath } from './jsonPath';
import { RECORD_VARIABLE } from './names';
import type { ValidationContext } from './validateContext';
import { EVALUATION_FLOW_MIN_API } from './validateFlows';

function checkStepFields(ctx: ValidationContext): void {
  ctx.doc.stages.forEach((stage, stageIndex) => {
    stage.steps.forEach((step, stepIndex) => {
      // the step's path is written only for a warning: a big design's background steps have none
      if (step.kind === 'interactive' || (step.assignee === undefined && step.complete === undefined)) return;
      const path = stepPath(stageIndex, stepIndex);
      if (step.assignee !== undefined) {
        ctx.warn(childPath(path, 'assignee'), `background step "${step.name}" has no work item, so its assignee is ignored (only interactive steps are assigned)`);
      }
      if (step.complete !== undefined) {
        ctx.warn(childPath(path, 'complete'), `background step "${step.name}" completes when its flow finishes, so its completion condition is ignored (only interactive steps have one)`);
      }
    });
  });
}

function checkFlowFields(ctx: ValidationContext): void {
  (ctx.doc.flows ?? []).forEach((flow, index) => {
    const conditionFlow = flow.type === 'evaluation' || (flow.type === 'autolaunched' && ctx.apiVersion < EVALUATION_FLOW_MIN_API);
    if (conditionFlow) return;
    for (const field of ['condition', 'result'] as const) {
      if (flow[field] === undefined) continue;
      ctx.warn(childPath(childPath('flows', index), field), `flow "${flow.name}" is ${flow.type === 'screen' ? 'a screen' : 'an autolaunched'} flow, so its ${field} is ignored: only an evaluation flow answers whether a condition is met`);
    }
  });
}

function checkTriggerObject(ctx: ValidationContext): void {
  const trigger = ctx.doc.trigger;
  if (trigger?.type !== 'recordTriggered' || (trigger.object ?? '').trim() !== '') return;
  ctx.warn(childPath('trigger', 'object'), 'a record-triggered orchestration names the object whose records start it (such as Order or Case): Salesforce cannot save one without it');
}

function checkRecordVariable(ctx: ValidationContext): void {
  if (ctx.doc.trigger?.type === 'recordTriggered') return;
  (ctx.doc.variables ?? []).forEach((variable, index) => {
    if (variable.name !== RECORD_VARIABLE || variable.type !== 'Record') return; // another type is an error already
    ctx.warn(childPath('variables', index), `${RECORD_VARIABLE} is the record that triggered a record-triggered orchestration; this one is ${ctx.doc.trigger ? 'autolaunched' : 'not record-triggered'}, so no record fills it (Salesforce has no ${RECORD_VARIABLE} here, and Flow XML does not carry the variable): use a Record variable of your own`);
  });
}

/** Warns about fields that do nothing where they are, a record trigger without its object, and a stray $Record. */
export function validateFieldUse(ctx: ValidationContext): void {
  checkStepFields(ctx);
  checkFlowFields(ctx);
  checkTriggerObject(ctx);
  checkRecordVariable(ctx);
}
