/** Expected outcomes of a scenario, which make it a test ("step X Completed", "run Completed by t"). */
import type { Expectation, Orchestration, Scenario } from '../../model/types';
import { STATUS_VALUES } from '../../model/schemaConstants';
import { STATUS_LABEL } from '../../ui/statusStyles';
import { expectationInWords } from './expectationWords';
import { button, input } from './fieldStyles';
import { useRef } from 'react';
import { focusAfterRemovedRow, type RowList } from '../fields/rowFocus';

export function ExpectationsEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const list = scenario.expectations ?? [];
  const steps = doc.stages.flatMap((s) => s.steps);
  const set = (next: Expectation[]) => onChange({ ...scenario, expectations: next });
  // focus follows the rows (panels/fields/rowFocus.ts): the last row's Remove took it to <body>, out of the modal dialog
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const rows: RowList = { list: () => listRef.current, add: () => addRef.current };
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Expected outcome</legend>
      <ul ref={listRef} className="text-xs">
        {list.map((e, i) => (
          <li key={i} className="flex items-center gap-1">
            <span className="flex-1">{expectationInWords(e, doc)}</span>
            <button type="button" className={button} aria-label={`Remove expectation ${i + 1}`} data-row-control="remove" onClick={() => { set(list.filter((_, j) => j !== i)); focusAfterRemovedRow(rows, i); }}>Remove</button>
          </li>
        ))}
      </ul>
      <form className="flex flex-wrap items-center gap-1 text-xs" onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const what = String(f.get('what'));
        const status = String(f.get('status'));
        const by = String(f.get('by') ?? '');
        if (what === '$run') set([...list, { kind: 'runStatus', status: status as 'Completed', ...(by ? { byMs: Number(by) } : {}) }]);
        else if (what === '$stall') set([...list, { kind: 'notStalled' }]);
        else set([...list, { kind: 'stepStatus', step: what, status: status as 'Completed' }]);
      }}>
        <select name="what" aria-label="Expectation subject" className={input} defaultValue="$run">
          <option value="$run">The run</option>
          <option value="$stall">The run does not get stuck</option>
          {/* by label, as the canvas names a step; the API name beside where it differs, as the Override a step picker does */}
          {steps.map((s) => <option key={s.name} value={s.name}>{`Step ${s.label ?? s.name}${s.label && s.label !== s.name ? ` (${s.name})` : ''}`}</option>)}
        </select>
        <select name="status" aria-label="Expected status" className={input} defaultValue="Completed">
          {STATUS_VALUES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
        </select>
        {/* said as the Timeline and the list say a time ("by 8 s"): "By (ms, run only)" and "by ms" read as code */}
        <input name="by" type="number" min={0} aria-label="Ends by, in milliseconds (the run only, optional)" title="Optional, for The run: the latest time it may end, in milliseconds (8000 is 8 s)" placeholder="ends by (ms)" className={`${input} w-24`} />
        <button ref={addRef} type="submit" className={button}>Add expectation</button>
      </form>
    </fieldset>
  );
}
