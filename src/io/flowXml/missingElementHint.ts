/**
 * What to add to "the connector goes to X, which is not an element of this flow" when the likely
 * cause is the retrieve, not the flow. The Metadata API writes a flow in the schema of the API
 * version it is asked for, and Custom Error elements (`<customErrors>`) only exist in it from API
 * 61.0: a project retrieved at an older `sourceApiVersion` gets files whose connectors still go to
 * the Custom Errors that were left out (survey 18: nine flows of one org, eight Active, sourceApiVersion 58.0,
 * each a fault or decision path to `Error_Message` or the like). The flow is still refused — it
 * would not deploy as it is — but the message says how to get the whole file (*chosen*).
 *
 * The flow's own `<apiVersion>` says nothing about it: a flow keeps the version it was created at
 * when a Custom Error is added later (survey 19: eleven flows of the surveyed repositories at API
 * 54.0–60.0 hold Custom Errors, and GumGum's Active API 60.0 trigger had lost three), so the hint
 * goes with any record-triggered flow — the only kind Flow Builder lets hold a Custom Error. The
 * version of a retrieve by manifest is the manifest's `<version>`, whatever `sourceApiVersion` says
 * (GumGum's project says 62.0, its `manifest/package.xml` 56.0), so the hint names both.
 */
import type { FlowDefinition } from '../../flows/definition';

/** The API version of the Metadata API from which a retrieved flow file holds its Custom Error elements. */
const CUSTOM_ERROR_API_VERSION = 61;

/** The start triggers of the flows that may hold a Custom Error: a record's save or delete. */
const RECORD_TRIGGERS: ReadonlySet<string> = new Set(['RecordBeforeSave', 'RecordAfterSave', 'RecordBeforeDelete']);

/** The hint (starting with "; "), or '' when the file could not have lost a Custom Error this way. */
export function missingElementHint(definition: FlowDefinition): string {
  if (!RECORD_TRIGGERS.has(definition.start.triggerType ?? '')) return '';
  // a file that kept one was not retrieved too old
  if (Object.values(definition.elements).some((element) => element.kind === 'customError')) return '';
  return `; if it was a Custom Error element, the file was retrieved at an API version before ${CUSTOM_ERROR_API_VERSION}.0, which leaves Custom Errors out: retrieve the flow again at ${CUSTOM_ERROR_API_VERSION}.0 or later (sourceApiVersion in sfdx-project.json, and the <version> of a package.xml manifest the retrieve uses)`;
}
