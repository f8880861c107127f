/**
 * The run view's coverage section (shown while "Coverage" is on): the totals per kind over all
 * scenarios of the design, what no scenario reaches, and per element how many scenarios reach it
 * — the same report as `stageflow coverage` (src/verify/coverage).
 */
import { CoverageLegend } from '../../ui/CoverageLegend';
import { COVERAGE_KINDS, type CoverageKind } from '../../verify/coverage/index';
import { useAppStore } from '../../store/appStore';
import { elementLabel } from '../../commands/queries';
import { coverageInWords } from './coverageInWords';

const KIND_NAMES: Record<CoverageKind, string> = { step: 'Steps', outcome: 'Decision outcomes', condition: 'Conditions', faultPath: 'Fault paths' };

export function CoveragePanel() {
  const coverage = useAppStore((s) => s.coverage);
  const doc = useAppStore((s) => s.runDoc ?? s.doc);
  if (!coverage) return null;
  if (coverage.phase === 'computing') return <p role="status" className="text-sm">Running every scenario for coverage…</p>;
  if (coverage.phase === 'failed' || !coverage.report) return <p role="alert" className="text-sm text-status-error">Coverage could not be computed: {coverage.error}</p>;
  const { report, failures } = coverage;
  const missed = report.items.filter((i) => i.reachedIn.length === 0);
  return (
    <section aria-label="Coverage" className="space-y-2 rounded border border-ink-400/30 p-2 text-sm">
      <h3 className="font-semibold">
        Coverage {report.overall.percent}% ({report.overall.covered}/{report.overall.total}) over {report.runs} scenario{report.runs === 1 ? '' : 's'}
      </h3>
      <CoverageLegend />
      <table className="w-full text-xs">
        <tbody>
          {COVERAGE_KINDS.filter((k) => report.byKind[k].total > 0).map((k) => (
            <tr key={k}>
              <th scope="row" className="text-left font-normal">{KIND_NAMES[k]}</th>
              <td className="text-right tabular-nums">{report.byKind[k].covered}/{report.byKind[k].total}</td>
              <td className="w-14 text-right tabular-nums">{report.byKind[k].percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failures.length > 0 && (
        <ul role="alert" className="text-xs text-status-error">
          {failures.map((f) => <li key={f.scenario}>Scenario “{f.scenario}” could not run: {f.error}</li>)}
        </ul>
      )}
      {missed.length === 0 ? (
        <p className="text-xs">Every step, outcome, condition and fault path is reached by some scenario.</p>
      ) : (
        <div>
          <h4 className="text-xs font-semibold">Never reached</h4>
          <ul aria-label="Never reached" className="list-disc pl-4 text-xs">
            {/* by labels, as the canvas names them (the CLI's report keeps the API names) */}
            {missed.map((i) => <li key={i.id}>{doc ? coverageInWords(i, doc) : i.description}</li>)}
          </ul>
        </div>
      )}
      <details className="text-xs">
        <summary>Scenarios reaching each element</summary>
        <table aria-label="Scenarios reaching each element" className="mt-1 w-full">
          <tbody>
            {Object.entries(report.elements).map(([element, count]) => (
              <tr key={element} data-element={element}>
                <th scope="row" className="text-left font-normal">
                  {doc ? elementLabel(doc, element) : element}
                  {doc && elementLabel(doc, element) !== element && <>{' '}<span className="font-mono text-ink-600">{element}</span></>}
                </th>
                <td className={`text-right tabular-nums ${count === 0 ? 'font-semibold text-status-error' : ''}`}>{count}/{report.runs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
