/** The behavioural changes of one scenario, side by side: the other version, then this design. */
import { describeSubject, type BehaviourChange } from '../../verify/diff/index';
import { formatVirtualTime } from '../run/formatTime';

/**
 * Times as the rest of the run view says them ("at 10 min 3 s", not "at 603500 ms"); the exact
 * milliseconds, as `stageflow diff` prints them, are the cell's tooltip.
 */
const inWords = (text: string) => text.replace(/\b(\d+) ms\b/g, (_, ms: string) => formatVirtualTime(Number(ms)));

function delta(change: BehaviourChange): string {
  if (change.deltaMs === undefined || change.deltaMs === 0) return '';
  return ` (${change.deltaMs > 0 ? '+' : '−'}${formatVirtualTime(Math.abs(change.deltaMs))})`;
}

function exactDelta(change: BehaviourChange): string {
  if (change.deltaMs === undefined || change.deltaMs === 0) return '';
  return ` (${change.deltaMs > 0 ? '+' : '−'}${Math.abs(change.deltaMs)} ms)`;
}

export function ChangeTable({ changes, against }: { changes: readonly BehaviourChange[]; against: string }) {
  if (changes.length === 0) return <p role="status" className="text-sm">Same behaviour: nothing starts, ends, runs as or decides differently.</p>;
  return (
    <table aria-label="Behaviour changes" className="w-full text-left text-sm">
      <thead>
        <tr className="border-b">
          <th scope="col" className="py-1 font-semibold">What</th>
          <th scope="col" className="py-1 font-semibold">{against}</th>
          <th scope="col" className="py-1 font-semibold">This design</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => (
          <tr key={i} className="border-b border-ink-400/20" data-element={c.element ?? 'run'} data-aspect={c.aspect}>
            <th scope="row" className="py-0.5 pr-2 font-normal">{describeSubject(c)}</th>
            <td className="py-0.5 pr-2" title={c.old}>{inWords(c.old)}</td>
            <td className="py-0.5" title={`${c.new}${exactDelta(c)}`}>{inWords(c.new)}{delta(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
