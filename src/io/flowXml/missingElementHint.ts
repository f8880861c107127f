/**
 * What to add to "the connector goes to X, which is not an element of this flow" when the likely
 * cause is the retrieve, not the flow. The Metadata API writes a flow in the schema of the API
 * version it is asked for, and Custom Error elements (`<customErrors>`) only exist from API 61.0: a
 * project retrieved at an older `sourceApiVersion` gets files whose connectors still go to the
 * Custom Errors that were left out (survey 18: nine flows of one org, eight Active, sourceApiVersion 58.0,
 * each a fault or decision path to `Error_Message` or the like). The flow is still refused — it
 * would not deploy as it is — but the message says how to get the whole file (*chosen*).
 */
import type { FlowDefinition } from '../../flows/definition';

/** The API version from which a flow may hold Custom Error elements. */
const CUSTOM_ERROR_API_VERSION = 61;

/** The hint (starting with "; "), or '' when the file could not have lost a Custom Error this way. */
export function missingElementHint(definition: FlowDefinition): string {
  const version = definition.apiVersion;
  // a flow saved before API 61.0 cannot have had one; a file that kept one was not retrieved too old
  if (version !== undefined && version < CUSTOM_ERROR_API_VERSION) return '';
  if (Object.values(definition.elements).some((element) => element.kind === 'customError')) return '';
  return `; if it was a Custom Error element, the file was retrieved at an API version before ${CUSTOM_ERROR_API_VERSION}.0, which leaves Custom Errors out: retrieve the flow again with sourceApiVersion ${CUSTOM_ERROR_API_VERSION}.0 or later in sfdx-project.json`;
}
