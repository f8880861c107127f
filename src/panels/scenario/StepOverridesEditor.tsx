/**
 * Per-step behaviour in a scenario: outcome (or one per start, for retries), duration, message.
 * Steps are named by their labels, as on the canvas (the API name, which the scenario keys by, in
 * the tip and the list); each row is a group named after its step, so its Outcome, Duration and
 * Message say whose they are to a screen reader. Below it, the steps' screen answers.
 */
import { elementLabel } from '../../commands/queries';
import type { Orchestration, Scenario, StepOverride } from '../../model/types';
import { button, input } from './fieldStyles';
import { useRef } from 'react';
import { focusAddedRow, focusAfterRemovedRow, type RowList } from '../fields/rowFocus';
import { ScreenAnswersEditor } from './ScreenAnswersEditor';
import { hasOwnKey } from '../../model/ownKey';

export function StepOverridesEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const steps = doc.stages.flatMap((s) => s.steps.map((x) => x.name));
  const overrides = scenario.steps ?? {};
  const set = (name: string, o: StepOverride | null) => {
    const next = { ...overrides };
    if (o) next[name] = o; else delete next[name];
    onChange({ ...scenario, steps: next });
  };
  const unused = steps.filter((s) => !hasOwnKey(overrides, s));
  // focus follows the rows (panels/fields/rowFocus.ts): a removed row's Remove took it to <body>
  const listRef = useRef<HTMLDivElement>(null);
  const pickRef = useRef<HTMLSelectElement>(null);
  const rows: RowList = { list: () => listRef.current, add: () => pickRef.current };
  const labelOf = (name: string) => elementLabel(doc, name);
  const named = (name: string) => (labelOf(name) === name ? name : `${labelOf(name)} (${name})`);
  return (
    <>
      <fieldset className="space-y-1">
        <legend className="font-semibold">Step behaviour</legend>
        <div ref={listRef} className="space-y-1">
          {Object.entries(overrides).map(([name, o], i) => (
            <div key={name} role="group" aria-label={`Behaviour of ${labelOf(name)}`} className="flex flex-wrap items-center gap-1">
              {/* the label wraps, never cut: "Loan officer calls the applicant" read "Loan officer calls the applic…" */}
              <span className="w-40 text-xs [overflow-wrap:anywhere]" title={named(name)}>{labelOf(name)}</span>
              <label className="text-xs">Outcome{' '}
                <select className={input} value={o.outcomes ? o.outcomes.join(',') : (o.outcome ?? 'success')} onChange={(e) => {
                  const v = e.target.value;
                  const { outcome: _o, outcomes: _os, ...rest } = o;
                  set(name, v.includes(',') ? { ...rest, outcomes: v.split(',') as ('success' | 'error')[] } : { ...rest, outcome: v as 'success' | 'error' });
                }}>
                  {/* what the run shows the step ending as (the legend's words); the file says success and error */}
                  <option value="success">Completed</option>
                  <option value="error">Error</option>
                  <option value="error,success">Error, then Completed on retry</option>
                </select>
              </label>
              <label className="text-xs">Duration (ms){' '}
                <input type="number" min={0} className={`${input} w-20`} value={o.durationMs ?? ''} onChange={(e) => {
                  const { durationMs: _d, ...rest } = o;
                  set(name, e.target.value === '' ? rest : { ...rest, durationMs: Math.max(0, Math.round(Number(e.target.value))) });
                }} />
              </label>
              {/*
                the message takes the rest of the row, or a row of its own: in 8rem the sample's
                "credit bureau did not answer within 30 seconds" showed as "credit bureau did n"
              */}
              <label className="flex min-w-[16rem] flex-1 items-center gap-1 text-xs">Message
                <input className={`${input} min-w-0 flex-1`} value={o.message ?? ''} onChange={(e) => set(name, { ...o, message: e.target.value })} />
              </label>
              <button type="button" className={button} aria-label={`Remove behaviour of ${labelOf(name)}`} data-row-control="remove" onClick={() => { set(name, null); focusAfterRemovedRow(rows, i); }}>Remove</button>
            </div>
          ))}
        </div>
        {unused.length > 0 && (
          <label className="text-xs">Override a step{' '}
            <select ref={pickRef} className={input} value="" onChange={(e) => {
              if (!e.target.value) return;
              set(e.target.value, { outcome: 'success' });
              // the new row's Outcome: the list may go with the last step it offered
              focusAddedRow(rows, Object.keys(overrides).length);
            }}>
              <option value="">Choose a step…</option>
              {unused.map((s) => <option key={s} value={s}>{named(s)}</option>)}
            </select>
          </label>
        )}
      </fieldset>
      {/* a step's screen answers are its behaviour too: kept beside it, under their own legend */}
      <ScreenAnswersEditor doc={doc} scenario={scenario} onChange={onChange} />
    </>
  );
}
