/**
 * Writing an edited orchestration back to its own file in the project, so that a `git diff` shows
 * only what the user changed. The exporter gives back real files byte for byte when nothing changed;
 * when the original is written differently from how our writer writes (line endings, comments,
 * indentation, entity spelling), the change is applied line by line to the original (lineMerge.ts),
 * and the result is checked: it must read back as the edited design, else the file is written whole.
 * Only the orchestration's file is written; the flows it calls never are.
 */
import type { Orchestration } from '../../model/types';
import { exportFlowXml } from '../xml/exportFlowXml';
import { withoutTextStyle } from '../xml/extensions';
import type { XmlWarning } from '../xml/importContext';
import { importFlowXml } from '../xml/importFlowXml';
import { pastFlowXmlLimits } from '../xml/xmlWriteLimits';
import { mergeLines } from './lineMerge';

/** How much of the original file was kept as it was (`new`: there was no file; it is written whole). */
export type KeptFormatting = 'all' | 'untouchedLines' | 'none' | 'new';

export type SaveOrchestrationResult =
  | { ok: true; xml: string; changed: boolean; kept: KeptFormatting; warnings: XmlWarning[] }
  | { ok: false; message: string };

/**
 * `doc` written by our writer in its own text style (LF, a final line break), whatever line endings
 * the file it came from had: the line merge below keeps the original's own, line by line.
 */
function plainXml(doc: Orchestration): ReturnType<typeof exportFlowXml> {
  const extensions = withoutTextStyle(doc.extensions);
  return exportFlowXml(extensions === doc.extensions ? doc : { ...doc, extensions });
}

/** `xml` as the design our writer makes of it (null when it is not an orchestration file we read). */
function rewritten(xml: string, name: string): string | null {
  const imported = importFlowXml(xml, { name });
  return imported.ok ? plainXml(imported.doc).xml : null;
}

/**
 * The new text of the orchestration's file: `originalXml` (the file as it is in the project) with
 * the changes that turned it into `doc`. Refused, with a sentence, when the original is not an
 * orchestration file or the design has nothing to save (no stages). `originalXml` null: a new
 * orchestration of the project, written whole in Salesforce's standard layout.
 */
export function saveOrchestrationToProject(originalXml: string | null, doc: Orchestration): SaveOrchestrationResult {
  const saved = savedXml(originalXml, doc);
  if (!saved.ok || !saved.changed) return saved;
  // what the format allows but a Flow file cannot hold is not written over the project's file, as
  // Export and `stageflow convert` refuse it, in their words (xml/xmlWriteLimits.ts)
  const refused = pastFlowXmlLimits(doc, saved.xml);
  if (refused.length === 0) return saved;
  const [first] = refused;
  const more = refused.length > 1 ? ` (and ${refused.length - 1} more)` : '';
  return { ok: false, message: `the Flow XML would not be read back: ${first!.path !== undefined ? `${first!.path}: ` : ''}${first!.message}${more}` };
}

function savedXml(originalXml: string | null, doc: Orchestration): SaveOrchestrationResult {
  if (doc.stages.length === 0) {
    return { ok: false, message: `"${doc.name}" has no stages: an orchestration without stages is only an invalid draft in Salesforce, so it is not written${originalXml === null ? '' : ' over its file'}; add a stage first` };
  }
  if (originalXml === null) {
    const made = plainXml(doc);
    if (made.xml === '') return { ok: false, message: made.warnings[0]?.message ?? 'the design cannot be written as XML' };
    return { ok: true, xml: made.xml, changed: true, kept: 'new', warnings: made.warnings };
  }
  const original = importFlowXml(originalXml, { name: doc.name });
  if (!original.ok) {
    const first = original.problems[0];
    const where = first?.line !== undefined ? `${first.line}:${first.column ?? 1}: ` : first?.path !== undefined ? `${first.path}: ` : '';
    return { ok: false, message: `the project's file cannot be read, so it is not overwritten: ${where}${first?.message ?? 'unknown problem'}` };
  }
  const edited = plainXml(doc);
  if (edited.xml === '') return { ok: false, message: edited.warnings[0]?.message ?? 'the design cannot be written as XML' };
  const base = plainXml(original.doc).xml;
  const warnings = edited.warnings;
  if (base === originalXml) return { ok: true, xml: edited.xml, changed: edited.xml !== originalXml, kept: 'all', warnings };
  if (base === edited.xml) return { ok: true, xml: originalXml, changed: false, kept: 'all', warnings };
  const merged = mergeLines(originalXml, base, edited.xml);
  if (rewritten(merged, doc.name) === edited.xml) return { ok: true, xml: merged, changed: true, kept: 'untouchedLines', warnings };
  return {
    ok: true, xml: edited.xml, changed: true, kept: 'none',
    warnings: [...warnings, { message: 'the original file is written differently from how Stageflow writes Flow metadata, and the change could not be applied line by line: the whole file is rewritten in Salesforce\'s standard layout' }],
  };
}
