/**
 * Salesforce Flow metadata XML in the app: read a `.flow-meta.xml` file (or a `.flow` file of a
 * retrieved package, the same XML) into a document (problems with line:col), write the open design
 * as XML. The XML code is loaded only when used.
 */
import type { XmlLimitProblem } from '../io/xml';
import type { Orchestration, Problem } from '../model/types';

/** The orchestration API name a file name suggests (`Order_Flow.flow-meta.xml`, `Order_Flow.flow` → `Order_Flow`). */
export function nameFromFile(fileName: string): string | undefined {
  const base = fileName.replace(/\.flow-meta\.xml$/i, '').replace(/\.(xml|flow)$/i, '');
  return /^[A-Za-z](?:_?[A-Za-z0-9])*$/.test(base) ? base : undefined;
}

export async function readFlowXml(fileName: string, text: string): Promise<{ doc: Orchestration | null; problems: Problem[] }> {
  const { importFlowXml } = await import('../io/xml');
  const result = importFlowXml(text, { name: nameFromFile(fileName) });
  if (!result.ok) {
    return {
      doc: null,
      problems: result.problems.map((p) => ({
        path: p.line !== undefined ? `line ${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : (p.path ?? ''),
        message: p.message,
        severity: 'error',
      })),
    };
  }
  return { doc: result.doc, problems: result.warnings.map((w) => ({ path: w.path ?? '', message: w.message, severity: 'warning' })) };
}

/**
 * The open design as Flow XML, or what keeps it from being written: past a Flow file's limits (a
 * position past `locationX`'s range, more than 5 MB) the file would not be read back, so it is not
 * offered — the check `stageflow convert` makes, in its words (io/xml/xmlWriteLimits.ts).
 */
export async function writeFlowXml(doc: Orchestration): Promise<{ xml: string; warnings: string[]; refused: XmlLimitProblem[] }> {
  const { exportFlowXml, pastFlowXmlLimits } = await import('../io/xml');
  const { xml, warnings } = exportFlowXml(doc);
  const refused = xml === '' ? [] : pastFlowXmlLimits(doc, xml);
  return { xml: refused.length > 0 ? '' : xml, warnings: warnings.map((w) => w.inWords ?? w.message), refused };
}
