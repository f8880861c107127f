/**
 * What a design may hold by the format but a Flow file cannot, checked before Flow XML is written —
 * by `stageflow convert` and by the app's Export alike, in the same words (*chosen*, docs/cli.md,
 * docs/xml.md): the schema bounds names, labels and counts, not a canvas position's size nor the
 * whole file's, and the writer wrote both as they came — a design of 12,000 stages became a 17 MB
 * file, and a stage dragged to x 1e300 `<locationX>1e+300</locationX>` — leaving a file that
 * `convert`, `validate` and the app refuse or read without its position.
 */
import type { Orchestration } from '../../model/types';
import { MAX_XML_BYTES } from './parseXml';
import { LOCATION_MAX as INT_MAX, LOCATION_MIN as INT_MIN } from './position';
import { sizeInWords, sizePastLimitInWords, utf8Size } from '../sizeLimit';

/** One cause: `path` in the design (a position's, `layout.<name>.x`) with the stage or decision it belongs to. */
export interface XmlLimitProblem {
  path?: string;
  /** The stage or decision whose position it is. */
  element?: string;
  message: string;
}

/** The problems of `doc` and its Flow XML `xml` that keep the file from being read back, in order. */
export function pastFlowXmlLimits(doc: Orchestration, xml: string): XmlLimitProblem[] {
  const problems: XmlLimitProblem[] = [];
  // only stages and decisions have a location in Flow XML (a step's position stays in the design)
  const located = new Set([...doc.stages.map((s) => s.name), ...(doc.decisions ?? []).map((d) => d.name)]);
  for (const [name, position] of Object.entries(doc.layout ?? {})) {
    if (!located.has(name)) continue;
    for (const axis of ['x', 'y'] as const) {
      const value = Math.round(position[axis]);
      if (value < INT_MIN || value > INT_MAX) {
        problems.push({ path: `layout.${name}.${axis}`, element: name, message: `${position[axis]} is past a Flow file's location${axis.toUpperCase()}, a whole number from ${INT_MIN} to ${INT_MAX}` });
      }
    }
  }
  // the size a reader counts (io/sizeLimit.ts), in its words: 5 MB and a byte is not '5.0 MB'
  const bytes = utf8Size(xml, MAX_XML_BYTES);
  if (bytes > MAX_XML_BYTES) problems.push({ message: `the Flow XML would be ${sizePastLimitInWords(bytes, MAX_XML_BYTES)}, and a Flow file larger than ${sizeInWords(MAX_XML_BYTES)} is not read (by convert, validate or the app): split the design, or shorten its labels and descriptions` });
  return problems;
}
