/** State shared while writing one document as Flow metadata. */
import type { Orchestration } from '../../model/types';
import { goToRule, type GoToRule } from './connectors';
import type { XmlWarning } from './importContext';
import { modelNames } from './xmlNames';

/** API version written when the document has none (the designer's default for new documents). */
import { XML_DEFAULT_API_VERSION } from '../../model/apiVersion';

/** From this API version on, steps are written with `stepSubtype` (older retrieved files have none, e.g. a real API 56 file). */
export const STEP_SUBTYPE_SINCE = 57;

export interface ExportContext {
  apiVersion: number;
  names: ReadonlySet<string>;
  isGoTo: GoToRule;
  warnings: XmlWarning[];
}

export function exportContextFor(doc: Orchestration): ExportContext {
  return {
    apiVersion: doc.apiVersion ?? XML_DEFAULT_API_VERSION,
    names: modelNames(doc),
    isGoTo: goToRule(doc),
    warnings: [],
  };
}
