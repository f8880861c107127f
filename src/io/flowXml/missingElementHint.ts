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
 *
 * A missing element whose name the flow also reads as a value (`<inputReference>trans_Audit2Log`
 * of a Create Records) stored an output, which a Custom Error never does: in the files surveyed the
 * one such element a retrieve leaves out is a **Transform** (survey 21: an Active API 65.0 scheduled
 * flow of a project whose `sourceApiVersion` is 55.0 connects to and creates the records of
 * `trans_SetupAuditTrail2Monitoring`, and the file holds no `<transforms>`). Salesforce's pages do
 * not agree on the release that brought Transforms (Winter '24, Spring '24, Summer '24), so that hint
 * names no first version: it says to retrieve at the flow's own `apiVersion` or later (*chosen*).
 */
import type { FlowDefinition } from '../../flows/definition';
import { childrenOf, type XmlNode } from '../xml/xmlNode';

/** The API version of the Metadata API from which a retrieved flow file holds its Custom Error elements. */
const CUSTOM_ERROR_API_VERSION = 61;

/** The start triggers of the flows that may hold a Custom Error: a record's save or delete. */
const RECORD_TRIGGERS: ReadonlySet<string> = new Set(['RecordBeforeSave', 'RecordAfterSave', 'RecordBeforeDelete']);

/** The hint (starting with "; ") for a connector to `target`, or '' when nothing points to the retrieve. */
export function missingElementHint(definition: FlowDefinition, root: XmlNode): (target: string) => string {
  const readAsValue = valuesRead(root);
  return (target) => {
    if (readAsValue.has(target.toLowerCase())) return transformHint(definition, target);
    return customErrorHint(definition);
  };
}

function customErrorHint(definition: FlowDefinition): string {
  if (!RECORD_TRIGGERS.has(definition.start.triggerType ?? '')) return '';
  // a file that kept one was not retrieved too old
  if (Object.values(definition.elements).some((element) => element.kind === 'customError')) return '';
  return `; if it was a Custom Error element, the file was retrieved at an API version before ${CUSTOM_ERROR_API_VERSION}.0, which leaves Custom Errors out: retrieve the flow again at ${CUSTOM_ERROR_API_VERSION}.0 or later (${WHERE_THE_VERSION_IS})`;
}

function transformHint(definition: FlowDefinition, target: string): string {
  // a file that kept a Transform was retrieved at a version that has them: the element is missing for another reason
  if (Object.values(definition.elements).some((element) => element.kind === 'transform')) return '';
  const version = definition.apiVersion !== undefined ? `${definition.apiVersion.toFixed(1)}, the flow's own apiVersion,` : 'the flow\'s own apiVersion';
  return `; the flow also reads {!${target}} as a value, so the missing element stored an output — most likely a Transform element, which a retrieve at an API version older than the flow's leaves out: retrieve the flow again at ${version} or later (${WHERE_THE_VERSION_IS})`;
}

const WHERE_THE_VERSION_IS = 'sourceApiVersion in sfdx-project.json, and the <version> of a package.xml manifest the retrieve uses';

/** Tags whose text reads a resource or an element's output by name (`Name`, `Name.Field`). */
const REFERENCE_TAGS: ReadonlySet<string> = new Set(['elementReference', 'inputReference', 'leftValueReference', 'assignToReference', 'collectionReference', 'assignNextValueToReference']);

/** The names (lower case) the file reads as values: in a reference tag, or as `{!Name…}` in any text. */
function valuesRead(root: XmlNode): Set<string> {
  const names = new Set<string>();
  const visit = (node: XmlNode): void => {
    const text = node.text ?? '';
    if (REFERENCE_TAGS.has(node.tag)) names.add((text.split('.')[0] ?? '').toLowerCase());
    for (const merge of text.matchAll(/\{!([A-Za-z][A-Za-z0-9_]*)/g)) names.add((merge[1] ?? '').toLowerCase());
    childrenOf(node).forEach(visit);
  };
  visit(root);
  return names;
}
