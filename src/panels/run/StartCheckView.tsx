/**
 * A step's start condition as the engine evaluated it at the moment shown (engine/startCheck.ts):
 * the predecessor and its status now, or one table row per requirement (resource, its value now,
 * operator, expected value, met or not), or the evaluation flow's result and its rows.
 */
import type { RowCheck, StartCheck } from '../../player/stepWhy';
import { OPERATOR_LABELS } from '../requirements/operators';
import { formatVirtualTime } from './formatTime';
import { STATUS_LABEL } from '../../ui/statusStyles';

export function Verdict({ holds }: { holds: boolean }) {
  return holds
    ? <span className="font-semibold text-status-completed">✓ met</span>
    : <span className="font-semibold text-status-error">✗ not met</span>;
}

export function RowTable({ rows, label }: { rows: readonly RowCheck[]; label: string }) {
  return (
    <table aria-label={label} className="mt-1 w-full border-collapse text-left text-xs">
      <thead className="text-ink-600">
        <tr>
          <th scope="col" className="pr-1 font-medium">#</th>
          <th scope="col" className="pr-1 font-medium">Resource</th>
          <th scope="col" className="pr-1 font-medium">Now</th>
          <th scope="col" className="pr-1 font-medium">Operator</th>
          <th scope="col" className="pr-1 font-medium">Expected</th>
          <th scope="col" className="font-medium">Result</th>
        </tr>
      </thead>
      <tbody className="align-top">
        {rows.map((r) => (
          <tr key={r.row} className="border-t border-ink-400/20">
            <td className="pr-1">{r.row}</td>
            <td className="pr-1 font-mono [overflow-wrap:anywhere]">{r.left}</td>
            <td className="pr-1 [overflow-wrap:anywhere]">{r.wasSet === null ? r.value : r.wasSet ? 'set' : 'not set'}</td>
            <td className="pr-1">{OPERATOR_LABELS[r.operator]}</td>
            <td className="pr-1 [overflow-wrap:anywhere]">{r.expectedRef === null ? r.expected : `${r.expectedRef} = ${r.expected}`}</td>
            <td className="whitespace-nowrap"><Verdict holds={r.holds} /></td>
          </tr>
        ))}
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
  inactive: 'the flow is inactive',
  empty: 'it has neither a condition nor a result',
} as const;

/** An evaluation flow's result now; `what` is what it gates ("Starts", "Completes"). */
export function EvaluationFlowCheck({ check, what = 'Starts' }: { check: Extract<StartCheck, { mode: 'evaluationFlow' }>; what?: 'Starts' | 'Completes' }) {
  const returns = `returns ${check.holds ? 'true' : 'false'} now`;
  return (
    <>
      <p>
        {what} when evaluation flow <span className="font-mono">{check.flow}</span> returns true. It {returns}
        {check.source === 'condition'
          ? check.logic ? ` (its condition: ${logicText(check.logic.kind, check.logic.text)}).` : '.'
          : check.reason ? `: run as things stand, ${check.reason}.` : ` (${SOURCE_TEXT[check.source]}).`}
      </p>
      {check.logic?.error && <p className="text-status-error">Its condition cannot be evaluated: {check.logic.error}</p>}
      {check.rows.length > 0 && <RowTable rows={check.rows} label={what === 'Starts' ? 'Evaluation flow condition' : 'Exit evaluation flow condition'} />}
      {check.recheck && !check.recheck.inThisPass && (
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
export function StartCheckView({ check }: { check: StartCheck }) {
  switch (check.mode) {
    case 'stageStarts':
      return <p>Starts when its stage starts: <Verdict holds /></p>;
    case 'stepCompleted':
      if (check.problem === 'self') return <p>Waits for itself to be Completed, which can never happen.</p>;
      if (check.problem === 'missing') return <p>Waits for step <span className="font-mono">{check.step}</span>, which does not exist.</p>;
      return (
        <p>
          Waits for step <span className="font-mono">{check.step}</span> to be Completed;{' '}
          {check.status === null
            ? <>its stage <span className="font-mono">{check.stage}</span> has not started.</>
            : <>it is <span className="font-semibold">{STATUS_LABEL[check.status]}</span> now.</>}{' '}
          <Verdict holds={check.holds} />
        </p>
      );
    case 'requirements':
      return <RequirementsCheck check={check} title="Start requirements" />;
    case 'evaluationFlow':
      return <EvaluationFlowCheck check={check} />;
  }
}
