/**
 * A step's start condition as the engine evaluated it at the moment shown (engine/startCheck.ts):
 * the predecessor and its status now, or one table row per requirement (resource, its value now,
 * operator, expected value, met or not), or the evaluation flow's result and its rows.
 */
import { decisionWords } from '../../model/decisionWords';
import { decisionInShort } from './decisionInShort';
import { AllOutcomesNotMet } from './DecisionWhy';
import type { RowCheck, StartCheck } from '../../player/stepWhy';
import { OPERATOR_LABELS } from '../requirements/operators';
import { formatVirtualTime } from './formatTime';
import { flowStatusVersion } from '../../model/flowStatus';
import { STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';
import { useLabelOf } from './useLabelOf';
import { useResourceWords } from './useResourceWords';
import { useAppStore } from '../../store/appStore';

export function Verdict({ holds }: { holds: boolean }) {
  return holds
    ? <span className="font-semibold text-status-completed">✓ met</span>
    : <span className="font-semibold text-status-error">✗ not met</span>;
}

/**
 * A reference that may break only after a dot or an underscore (`Create_User_|Accounts.|Status`):
 * the panel is narrow, and a cell allowed to break anywhere squeezes its neighbours until words split
 * mid-letter ("Comple|ted").
 */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[._])/);
  return <>{parts.map((part, i) => <span key={i}>{part}{i < parts.length - 1 && <wbr />}</span>)}</>;
}

/** A value cell's wrapping: a long token (an Id, a long text) may break anywhere as a last resort; short ones stay whole. */
function wrapOf(text: string): string {
  return text.length > 16 ? 'pr-1.5 [overflow-wrap:anywhere]' : 'pr-1.5';
}

/**
 * A resource in words (a step's status by its label, the triggering record as Flow Builder names
 * it, a field by its label), its API name under it, smaller: what the design and the requirement
 * editor hold. One that has no better words is its API name alone.
 */
function ResourceCell({ text }: { text: string }) {
  const words = useResourceWords()(text);
  if (words === text) return <span className="font-mono"><Breakable text={text} /></span>;
  // read out (and as text) "Status of step “Validate order” (Validate.Status)": the two lines are one cell
  return (
    <>
      <span className="block">{words}</span>
      <span className="sr-only"> (</span>
      <span className="block font-mono text-[11px] text-ink-600"><Breakable text={text} /></span>
      <span className="sr-only">)</span>
    </>
  );
}

export function RowTable({ rows, label }: { rows: readonly RowCheck[]; label: string }) {
  return (
    <table aria-label={label} className="mt-1 w-full border-collapse text-left text-xs [overflow-wrap:normal]">
      <thead className="text-ink-600">
        <tr>
          <th scope="col" className="pr-1.5 font-medium">#</th>
          <th scope="col" className="pr-1.5 font-medium">Resource</th>
          <th scope="col" className="pr-1.5 font-medium">Now</th>
          <th scope="col" className="pr-1.5 font-medium">Operator</th>
          <th scope="col" className="pr-1.5 font-medium">Expected</th>
          <th scope="col" className="font-medium">Result</th>
        </tr>
      </thead>
      <tbody className="align-top">
        {rows.map((r) => {
          // a step's or stage's status (written bare, `InProgress`) in the canvas's words (`In progress`)
          const now = r.wasSet === null ? (Object.hasOwn(STATUS_LABEL, r.value) ? STATUS_LABEL[r.value as AnyStatus] : r.value) : r.wasSet ? 'set' : 'not set';
          return (
            <tr key={r.row} className="border-t border-ink-400/20">
              <td className="pr-1.5">{r.row}</td>
              <td className="pr-1.5"><ResourceCell text={r.left} /></td>
              <td className={wrapOf(now)}>{now}</td>
              <td className="pr-1.5">{OPERATOR_LABELS[r.operator]}</td>
              <td className={wrapOf(r.expected)}>{r.expectedRef === null ? r.expected : <><ResourceCell text={r.expectedRef} /> = {r.expected}</>}</td>
              <td className="whitespace-nowrap"><Verdict holds={r.holds} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function logicText(kind: 'and' | 'or' | 'custom', text: string): string {
  return kind === 'and' ? 'all must be met' : kind === 'or' ? 'any one must be met' : `logic ${text}`;
}

const SOURCE_TEXT = {
  scenario: 'the scenario sets its result',
  result: 'its fixed result',
  flow: 'read by running its own elements now',
  missing: 'the flow does not exist',
  empty: 'it has neither a condition nor a result',
} as const;

/**
 * Where the result comes from. A project flow that could not be simulated answers by its stand-in
 * (the catalog's result or condition): said so, as "it has neither a condition nor a result" read
 * as if the admin's flow had none, while the flow runs below said it stopped.
 */
function sourceText(check: Extract<StartCheck, { mode: 'evaluationFlow' }>, source: keyof typeof SOURCE_TEXT): string {
  if (!check.run?.standIn) return SOURCE_TEXT[source];
  if (source === 'empty') return 'it could not be simulated, and its stand-in has neither a condition nor a result';
  if (source === 'result') return 'it could not be simulated: its stand-in\'s fixed result';
  return `it could not be simulated: ${SOURCE_TEXT[source]}`;
}

/**
 * An inactive evaluation flow never returns true: which project file holds the inactive version (from
 * the engine's check, not a re-read of its sentence) and what the admin can do, in the step error's words.
 */
function InactiveFlowNote({ file }: { file: Extract<StartCheck, { mode: 'evaluationFlow' }>['inactiveFile'] }) {
  return (
    <p className="mt-1">
      The flow is not active
      {file && <>: its file <span className="font-mono text-xs [overflow-wrap:anywhere]">{file.path}</span>{file.status && <> is {flowStatusVersion(file.status)}</>}</>}
      . Activate it or choose another flow.
    </p>
  );
}

/** An evaluation flow's result now; `what` is what it gates ("Starts", "Completes"). */
/** `stageEnded`: the step's stage has ended, so no event will re-check the flow: the re-check note is left out. */
export function EvaluationFlowCheck({ check, what = 'Starts', stageEnded = false }: { check: Extract<StartCheck, { mode: 'evaluationFlow' }>; what?: 'Starts' | 'Completes'; stageEnded?: boolean }) {
  const returns = `returns ${check.holds ? 'true' : 'false'} now`;
  // named as its step card and the Outline name it (its label), the API name beside as in the heading
  const label = useAppStore((s) => s.runDoc?.flows?.find((f) => f.name === check.flow)?.label);
  // the engine's reason names every outcome its decision did not meet: the first few here, all below
  const decision = check.run?.decision;
  const short = decision && check.reason === `its ${decisionWords(decision)}` ? decisionInShort(decision) : null;
  const reason = short ? `its ${short.text}` : check.reason;
  return (
    <>
      <p>
        {what} when evaluation flow{' '}
        {label && label !== check.flow
          ? <>“{label}” <span className="font-mono text-xs text-ink-600">{check.flow}</span></>
          : <span className="font-mono">{check.flow}</span>}{' '}
        returns true. It {returns}
        {check.source === 'condition'
          ? check.logic ? ` (${check.run?.standIn ? 'it could not be simulated: its stand-in\'s condition' : 'its condition'}: ${logicText(check.logic.kind, check.logic.text)}).` : '.'
          : reason ? `: run as things stand, ${reason}.` : check.source === 'inactive' ? '.' : ` (${sourceText(check, check.source)}).`}
      </p>
      {short && <AllOutcomesNotMet short={short} />}
      {check.source === 'inactive' && <InactiveFlowNote file={check.inactiveFile} />}
      {check.source === 'empty' && <p className="mt-1">Set its result in Scenarios (Evaluation flow results), or give the flow a condition or a result.</p>}
      {check.logic?.error && <p className="text-status-error">Its condition cannot be evaluated: {check.logic.error}</p>}
      {check.rows.length > 0 && <RowTable rows={check.rows} label={what === 'Starts' ? 'Evaluation flow condition' : 'Exit evaluation flow condition'} />}
      {check.recheck && !check.recheck.inThisPass && !stageEnded && (
        <p className="mt-1">
          An evaluation flow is only re-checked on an orchestration event, and none came after{' '}
          {check.recheck.changed
            ? <><span className="font-mono">{check.recheck.changed.target}</span> changed (at {formatVirtualTime(check.recheck.changed.t)})</>
            : `the last evaluation${check.recheck.lastPassAt === null ? '' : ` (at ${formatVirtualTime(check.recheck.lastPassAt)})`}`}.
        </p>
      )}
    </>
  );
}

/** A requirement list read now (a step's start, a stage's exit): its logic, its verdict, one row per requirement. */
export function RequirementsCheck({ check, title }: { check: Extract<StartCheck, { mode: 'requirements' }>; title: 'Start requirements' | 'Exit requirements' }) {
  return (
    <>
      <p>
        {title} ({logicText(check.logic.kind, check.logic.text)}): <Verdict holds={check.holds} />
      </p>
      {check.logic.error && <p className="text-status-error">They cannot be evaluated: {check.logic.error}</p>}
      {check.rows.length > 0 ? <RowTable rows={check.rows} label={title} /> : <p>There are no rows, so they never hold.</p>}
    </>
  );
}

/** The start condition, read at the moment shown. */
export function StartCheckView({ check, stageEnded = false }: { check: StartCheck; stageEnded?: boolean }) {
  const labelOf = useLabelOf();
  switch (check.mode) {
    case 'stageStarts':
      return <p>Starts when its stage starts: <Verdict holds /></p>;
    case 'stepCompleted':
      if (check.problem === 'self') return <p>Waits for itself to be Completed, which can never happen.</p>;
      if (check.problem === 'missing') return <p>Waits for step <span className="font-mono">{check.step}</span>, which does not exist.</p>;
      // the step exists: named as its card is. Met in a stage that ended, it is no wait (R17, engine/explain.ts)
      if (check.holds && stageEnded) {
        return <p>Step “{labelOf(check.step)}”, which it waits for, is <span className="font-semibold">{STATUS_LABEL.Completed}</span>. <Verdict holds /></p>;
      }
      return (
        <p>
          Waits for step “{labelOf(check.step)}” to be Completed;{' '}
          {check.status === null
            ? <>its stage “{check.stage === null ? '' : labelOf(check.stage)}” has not started.</>
            : <>it is <span className="font-semibold">{STATUS_LABEL[check.status]}</span> now.</>}{' '}
          <Verdict holds={check.holds} />
        </p>
      );
    case 'requirements':
      return <RequirementsCheck check={check} title="Start requirements" />;
    case 'evaluationFlow':
      return <EvaluationFlowCheck check={check} stageEnded={stageEnded} />;
  }
}
