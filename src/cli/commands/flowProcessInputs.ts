/**
 * `stageflow flow`: the flows that have no `$Record` but are handed their record or event as an
 * input variable — a Process Builder process (`myVariable_current`, `myVariable_old`), an invocable
 * process (`SObject`), a platform event process (`myVariable_myEvent`) and a transaction security
 * policy's flow (`myVariable_myEvent`) — take it from `--record` (and `--prior`); without it, a
 * warning says what to give, since every read of it would fault on a null naming a variable the admin
 * never typed. An `--inputs` value of the same name wins.
 */
import type { FlowDefinition } from '../../flows/definition';
import type { TriggerRecord } from '../../flows/interpreter';
import { dateTimeAt } from '../../flows/virtualClock';
import { WHOLE_DOCUMENT, type CliIo } from '../cliIo';
import { otherObjectLine, type RecordsFile } from './flowRecordOptions';

/** What the flow command read: the flow, its file, `--record` (its Id as given) and `--prior`, and the inputs so far. */
export interface ProcessInputsGiven {
  readonly flow: FlowDefinition;
  readonly file: string;
  readonly record: TriggerRecord | undefined;
  readonly recordPrior: TriggerRecord | undefined;
  readonly recordId: string | undefined;
  /** `--records`, where `--record` was found (given whenever `record` is). */
  readonly recordsGiven: RecordsFile | undefined;
  readonly inputs: Record<string, unknown>;
}

type Variable = FlowDefinition['variables'][number];

const article = (word: string): string => (/^[AEIOU]/i.test(word) ? 'an' : 'a');
const hasInput = (inputs: Record<string, unknown>, name: RegExp): boolean => Object.keys(inputs).some((k) => name.test(k));

/** The inputs with the record or event the flow is handed added (warnings on stderr). */
export function processInputs(given: ProcessInputsGiven, io: CliIo): Record<string, unknown> {
  const { flow, file, record, recordPrior } = given;
  let inputs = given.inputs;
  // A Process Builder process (processType Workflow) has no $Record: Salesforce hands it the record
  // saved as the input myVariable_current and the record before the save as myVariable_old (none
  // on a create). --record and --prior fill them the same way.
  if (flow.processType === 'Workflow' && record) {
    inputs = { ...processBuilderRecords(record, recordPrior), ...inputs };
  } else if (flow.processType === 'Workflow' && !hasInput(inputs, /^myvariable_current$/i)) {
    // survey 14: 107 of 151 processes run without a record
    const current = flow.variables.find((v) => v.isInput && v.name.toLowerCase() === 'myvariable_current');
    if (current) io.stderr(`${file}: ${WHOLE_DOCUMENT}: warning: this Process Builder process runs on the ${current.objectType ?? 'record'} record whose save started it, its input ${current.name}; give it with --records and --record <Id> (and --prior for an update)\n`);
  }
  // an invocable process runs on the record another process hands it, its input SObject (Actions
  // Developer Guide, Flow Actions: "the sObject itself that you want the process to execute on")
  const handed = flow.processType === 'InvocableProcess' ? flow.variables.find((v) => v.isInput && v.name.toLowerCase() === 'sobject') : undefined;
  if (handed && record) {
    inputs = { [handed.name]: record.fields, ...inputs };
    const object = handed.objectType;
    if (object !== undefined && object.toLowerCase() !== record.object.toLowerCase()) {
      io.stderr(otherObjectLine(given.recordsGiven!, record.object, given.recordId!, `the process runs on ${object}`));
    }
  } else if (handed && !hasInput(inputs, /^sobject(id)?$/i)) {
    io.stderr(`${file}: ${WHOLE_DOCUMENT}: warning: this invocable process runs on the record another process hands it, its input ${handed.name}; give it with --records and --record <Id>\n`);
  }
  // a process that starts when a platform event message is received (processType CustomEvent: the
  // Metadata API's EventDelivery "StartFlow", "delivered to a flow of type CustomEvent. Those flows
  // are built through Process Builder") is handed the message as its input myVariable_myEvent
  const message = flow.processType === 'CustomEvent' ? eventMessageInput(flow) : undefined;
  if (message) {
    inputs = withEvent(given, inputs, message, io, {
      mismatch: (event) => `the process starts on a ${event} event message`,
      missing: `this process starts when ${message.objectType ? `a ${message.objectType}` : 'a platform event'} message is received, its input ${message.name}; give the message with --records and --record <Id>`,
    });
  }
  // a transaction security policy's flow (Condition Builder's, processType TransactionSecurityFlow)
  // is evaluated on the event its policy watches (ReportEvent, LoginEvent…), its input myVariable_myEvent
  // (survey 17: it faulted on a null, "myVariable_myEvent has no record", with nothing saying what to give)
  const watched = flow.processType === 'TransactionSecurityFlow' ? eventMessageInput(flow) : undefined;
  if (watched) {
    inputs = withEvent(given, inputs, watched, io, {
      mismatch: (event) => `the policy's flow runs on ${article(event)} ${event} event`,
      missing: `this transaction security policy's flow runs on the ${watched.objectType ?? 'event'} event its policy watches, its input ${watched.name}; give the event with --records and --record <Id>`,
    });
  }
  return inputs;
}

/** The inputs with `--record` as the event input `variable`, or a warning of what to give. */
function withEvent(given: ProcessInputsGiven, inputs: Record<string, unknown>, variable: Variable, io: CliIo, say: { mismatch(event: string): string; missing: string }): Record<string, unknown> {
  const { record, recordId, file } = given;
  if (record) {
    const event = variable.objectType;
    if (event !== undefined && event.toLowerCase() !== record.object.toLowerCase()) {
      io.stderr(otherObjectLine(given.recordsGiven!, record.object, recordId!, say.mismatch(event)));
    }
    return { [variable.name]: record.fields, ...inputs };
  }
  if (!Object.keys(inputs).some((k) => k.toLowerCase() === variable.name.toLowerCase())) io.stderr(`${file}: ${WHOLE_DOCUMENT}: warning: ${say.missing}\n`);
  return inputs;
}

/** A Process Builder process's input records (its own variable names) from `--record` and `--prior`. */
function processBuilderRecords(record: TriggerRecord, prior: TriggerRecord | undefined): Record<string, unknown> {
  // a process runs after the save, so its record has the save-time fields: given without them, it was
  // saved as the run started, as a record-triggered flow's $Record (flows.md); the prior record has the same CreatedDate
  const current = withFieldsGiven(record.fields, ['CreatedDate', 'LastModifiedDate', 'SystemModstamp'], dateTimeAt(0));
  const created = Object.entries(current).find(([k]) => k.toLowerCase() === 'createddate')![1];
  return { myVariable_current: current, ...(prior ? { myVariable_old: withFieldsGiven(prior.fields, ['CreatedDate'], created) } : {}) };
}

/** `fields` with each of `names` it lacks (or holds empty) set to `value`, under the name it has. */
function withFieldsGiven(fields: TriggerRecord['fields'], names: readonly string[], value: TriggerRecord['fields'][string]): TriggerRecord['fields'] {
  const out = { ...fields };
  for (const name of names) {
    const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
    if (out[key] === undefined || out[key] === null || out[key] === '') out[key] = value;
  }
  return out;
}

/** An event input: myVariable_myEvent, as Process Builder and Condition Builder name it, else an input record of a platform event (`__e`). */
function eventMessageInput(flow: FlowDefinition): Variable | undefined {
  const inputs = flow.variables.filter((v) => v.isInput && !v.isCollection && v.dataType === 'SObject');
  return inputs.find((v) => v.name.toLowerCase() === 'myvariable_myevent') ?? inputs.find((v) => /__e$/i.test(v.objectType ?? ''));
}
