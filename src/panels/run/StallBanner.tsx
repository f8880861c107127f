/**
 * Says how the run ended when the end is shown: not launched (the scenario's record save did not
 * start it), stalled (nothing can wake it), stopped by a limit, failed, canceled. A stalled run
 * points at the steps that are waiting, a failed one at the steps that failed and why.
 */
import { operatorsInWords } from '../../model/glossary';
import { DEFAULT_MAX_TIME_MS, DEFAULT_MAX_TRANSITIONS } from '../../model/scenarioLimits';
import type { Trace } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { formatVirtualTime } from './formatTime';
import { useLabelOf } from './useLabelOf';
import { assigneeInWords } from './workItemAssignee';
import { STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';
import { own } from '../../model/ownKey';
import { BREAKABLE_CLASS, breakableName } from '../../ui/breakableName';
import { ChangeScenarioLink } from './ScenariosLink';
import { FailedRunOrgSetup } from './FailedRunOrgSetup';
import { assigneeHint } from './assigneeHint';

/**
 * The engine's sentence (trace `why`, data) as the editor says it: operators by their labels
 * ("needs Greater Than 0"), times as people read them ("at 3 s", not "at 3000 ms"), as in the Why panel.
 */
const inWords = (why: string) => operatorsInWords(why).replace(/\b(\d+) ms\b/g, (_, ms: string) => formatVirtualTime(Number(ms)));

/** The engine's "waits for step …" (engine/explain.ts), by API names and status values. */
const WAITS_FOR_STEP = /waits for step "([^"]+)" to be Completed \((?:it is (\w+)|its stage "([^"]*)" has not started)\)/g;

/** The engine's "evaluation flow "…"" (engine/explain.ts), by API name. */
const EVALUATION_FLOW = /evaluation flow "([^"]+)"/g;

/**
 * The engine's "evaluation flow … returns false: …" and "its start requirements (…) are not met: …"
 * said of the step the line names, as the work items and "waits for step" lines are: after the step's
 * name the line read "Assign buddy Buddy evaluation flow “Hire confirmed?” Hire_Confirmed returns
 * false: …", with no word of what the step does.
 */
const FLOW_RETURNS_FALSE = /^(evaluation flow .+?) returns false:/;
// lazy up to ") are not met:": custom logic brings its own brackets ('logic "1 AND (2 OR 3)"')
const REQUIREMENTS_NOT_MET = /^(its start requirements \(.+?\)) are not met:/;

/**
 * A waiting step's sentence with the step and stage it waits on by their labels and the status as
 * the legend says it — "waits for step “Enter Job Application” to be completed (it is In progress)" —
 * as the line's own step is named; it read `"Enter_Job_Application" … (it is InProgress)`.
 */
function waitInWords(why: string, labelOf: (name: string) => string, flowLabelOf: (name: string) => string | undefined): string {
  return inWords(why).replace(EVALUATION_FLOW, (whole, flow: string) => {
    // by its label, the API name beside, as the Why panel (StartCheckView) and the step's card name it
    const label = flowLabelOf(flow);
    return label && label !== flow ? `evaluation flow “${label}” ${flow}` : whole;
  }).replace(WAITS_FOR_STEP, (_, step: string, status: string | undefined, stage: string | undefined) => {
    const now = status !== undefined ? `it is ${STATUS_LABEL[status as AnyStatus] ?? status}` : `its stage “${labelOf(stage ?? '')}” has not started`;
    return `waits for step “${labelOf(step)}” to be completed (${now})`;
  }).replace(FLOW_RETURNS_FALSE, 'waits for $1 to return true; it returns false:')
    .replace(REQUIREMENTS_NOT_MET, 'waits for $1 to be met; they are not:');
}

/**
 * Steps named with what holds them, each by its label as its card shows it (the API name beside
 * when it differs, as in the Why panel's heading), the label selecting its step.
 */
function StepList({ items }: { items: readonly (readonly [string, string])[] }) {
  const labelOf = useLabelOf();
  return (
    <ul className="mt-1 list-disc pl-5">
      {items.map(([name, text]) => {
        const label = labelOf(name);
        return (
          <li key={name}>
            {/* a link, as the event log's rows: its name is the step's label (docs/editor.md, no button's name holds the design's text) */}
            <button type="button" role="link" className="underline" onClick={() => { const store = useAppStore.getState(); store.select([name]); store.requestReveal(name); }}>
              {label}
            </button>
            {/* an API name breaks between its parts (`Charge_|Payment`), never mid-word as the banner's width fell */}
            {label !== name && <>{' '}<span className={`font-mono text-xs text-ink-600 ${BREAKABLE_CLASS}`}>{breakableName(name)}</span></>}{' '}
            {text}
          </li>
        );
      })}
    </ul>
  );
}

/** The work items open at the end (the replay's own list), each with whom it was last assigned to. */
function withAssignees(trace: Trace, open: readonly string[]): (readonly [string, string | undefined])[] {
  const assignees = new Map<string, string | undefined>();
  for (const e of trace.events) if (e.type === 'workItemAssigned' && e.step) assignees.set(e.step, e.assignee);
  return open.map((step) => [step, assignees.get(step)] as const);
}

/** The last failure of each step still in Error at the end (a retried step may have failed before). */
function failedSteps(trace: Trace): (readonly [string, string | undefined])[] {
  const failures = new Map<string, string | undefined>();
  for (const e of trace.events) if (e.type === 'stepErrored' && e.step) failures.set(e.step, e.message);
  return [...failures].filter(([name]) => own(trace.steps, name)?.status === 'Error');
}

/**
 * The steps of a stage ended in Error that never started, said after it (“: step “Notify” never
 * started”); nothing when every step had started — “its steps that had not started never started”
 * was said of Loan Approval's Intake, whose two steps had both run.
 */
function neverStarted(trace: Trace, stage: string, labelOf: (name: string) => string): string {
  const names = Object.entries(trace.steps).filter(([, s]) => s.stage === stage && s.status === 'NotStarted').map(([name]) => `“${labelOf(name)}”`);
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `: ${names.length === 1 ? 'step' : 'steps'} ${list} never started`;
}

/** Stage statuses in which a step can still start. */
const OPEN = new Set(['InProgress', 'Suspended']);

export function StallBanner() {
  const trace = useAppStore((s) => s.trace);
  const doc = useAppStore((s) => s.runDoc);
  const open = useAppStore((s) => s.snapshot?.openWorkItems);
  const atEnd = useAppStore((s) => s.cursor.atEnd);
  const simulated = useAppStore((s) => s.runScenario !== null);
  const runScenario = useAppStore((s) => s.runScenario);
  const limits = runScenario?.limits;
  const fromFile = useAppStore((s) => s.traceFromFile);
  const labelOf = useLabelOf();
  if (!trace || !atEnd || !doc) return null;
  const { run } = trace;
  // the steps that wait in the stages still open (a stage that ended or never started is not waiting)
  const waiting = Object.entries(trace.steps).filter(([, s]) => s.status === 'NotStarted' && s.why && OPEN.has(own(trace.stages, s.stage)?.status ?? ''));
  // the trace lists only the stages that started (FORMAT §4): the others are the design's
  const notReached = doc.stages.filter((stage) => !own(trace.stages, stage.name)).map((stage) => labelOf(stage.name));

  if (run.launch && !run.launch.launched) {
    // the scenario's save did not start the orchestration: nothing ran, which is not a completed run
    return (
      <div role="status" className="rounded border border-status-suspended bg-amber-50 p-2 text-sm text-ink-800">
        <p className="font-semibold">The orchestration did not launch.</p>
        <p>{`${run.launch.reason.charAt(0).toUpperCase()}${run.launch.reason.slice(1)}.`} How the run starts is set under Triggering record: <ChangeScenarioLink simulated={simulated} />.</p>
      </div>
    );
  }
  if (run.stalled) {
    const workItems = withAssignees(trace, open ?? []);
    return (
      <div role="status" className="rounded border border-status-suspended bg-amber-50 p-2 text-sm text-ink-800">
        <p className="font-semibold">
          {workItems.length > 0
            ? `The run is stuck: it waits for ${workItems.length === 1 ? 'a work item' : 'work items'} to be completed, and nothing else can wake it.`
            : 'The run is stuck: nothing in the run changes what its steps wait for.'}
        </p>
        {workItems.length > 0 && (
          <>
            <StepList items={workItems.map(([name, assignee]) => [name, `waits for ${assigneeInWords(doc, name, assignee)} to complete its work item`] as const)} />
            <p className="mt-1">Complete work item, under Act on the run or on the step&apos;s card, completes it as the user chosen there; or let the scenario complete work items: <ChangeScenarioLink simulated={simulated} />.</p>
          </>
        )}
        <StepList items={waiting.map(([name, s]) => [name, waitInWords(s.why ?? '', labelOf, (flow) => doc.flows?.find((f) => f.name === flow)?.label)] as const)} />
        {/* it said "nothing can wake it any more" while Set value of the field a step waits on woke it
            (CaseLifecycle: $Record.Status set to Resolved completed the run); an evaluation flow is
            re-checked only on an orchestration event (StartCheckView); a trace read from a file
            cannot be acted on */}
        {workItems.length === 0 && waiting.length > 0 && !fromFile && (
          <p className="mt-1">Set value, under Act on the run, changes a value at this moment: requirements are checked again then, an evaluation flow at the next orchestration event (Publish orchestration event); or <ChangeScenarioLink simulated={simulated} /> and run again.</p>
        )}
        {notReached.length > 0 && <p className="mt-1">{`Not reached: ${notReached.length === 1 ? 'stage' : 'stages'} ${notReached.join(', ')}.`}</p>}
      </div>
    );
  }
  if (run.stoppedBy) {
    const what = run.stoppedBy === 'maxTimeMs'
      ? `its time limit, ${formatVirtualTime(limits?.maxTimeMs ?? DEFAULT_MAX_TIME_MS)} of virtual time`
      : `its limit of ${(limits?.maxTransitions ?? DEFAULT_MAX_TRANSITIONS).toLocaleString('en-US')} status changes (a loop that never exits?)`;
    // a trace read from a file has no scenario to change
    const where = simulated ? ' The limits are set in Scenarios, under Launch.' : '';
    return <p role="status" className="rounded border border-status-suspended bg-amber-50 p-2 text-sm">{`The simulation stopped at ${what}.${where}`}</p>;
  }
  const failed = failedSteps(trace);
  if (run.status === 'Error') {
    return (
      // focusable: the one-click fix below gives it the focus its button had (FailedRunOrgSetup)
      <div role="status" tabIndex={-1} className="rounded border border-status-error bg-red-50 p-2 text-sm text-ink-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500">
        <p className="font-semibold">The run failed.</p>
        {failed.length > 0 && <StepList items={failed.map(([name, message]) => [name, message ? `failed: ${message}` : 'failed'] as const)} />}
        {runScenario && !fromFile && <FailedRunOrgSetup doc={doc} scenario={runScenario} trace={trace} />}
        {!fromFile && failed.map(([name, message]) => {
          const hint = assigneeHint(doc, runScenario, message);
          return hint && <p key={name} className="mt-1 rounded bg-amber-50 p-1">{hint}</p>;
        })}
        <p className="mt-1">Retry, under Act on the run, starts the failed steps again. To remove the cause, change the design, or <ChangeScenarioLink simulated={simulated} />, and run again.</p>
      </div>
    );
  }
  if (run.status === 'Completed') {
    // a stage that failed and went on by its fault path (R32) still ends the run Completed: "The run
    // completed." alone read as if nothing had gone wrong (Loan Approval, "the credit bureau times out")
    const faulted = doc.stages.filter((stage) => own(trace.stages, stage.name)?.status === 'Error');
    if (faulted.length > 0) {
      return (
        <div role="status" className="rounded border border-status-completed bg-green-50 p-2 text-sm text-ink-800">
          <p className="font-semibold">The run completed, by a fault path.</p>
          {failed.length > 0 && <StepList items={failed.map(([name, message]) => [name, message ? `failed: ${message}` : 'failed'] as const)} />}
          {faulted.map((stage) => (
            <p key={stage.name} className="mt-1">{`Stage “${labelOf(stage.name)}” ended in Error${stage.faultNext ? `, and the run went on along its fault path to ${doc.stages.some((s) => s.name === stage.faultNext) ? 'stage' : 'decision'} “${labelOf(stage.faultNext)}”` : ''}${neverStarted(trace, stage.name, labelOf)}.`}</p>
          ))}
        </div>
      );
    }
    return <p role="status" className="rounded border border-status-completed bg-green-50 p-2 text-sm">The run completed.</p>;
  }
  if (run.status === 'Canceled') return <p role="status" className="rounded border border-status-canceled bg-violet-50 p-2 text-sm">The run was canceled.</p>;
  return null;
}
