/** Salesforce Flow metadata XML ↔ orchestration documents. */
export { importFlowXml, type ImportFlowXmlResult, type ImportFlowXmlOptions, type XmlProblem } from './importFlowXml';
export { exportFlowXml, type ExportFlowXmlResult } from './exportFlowXml';
export type { XmlWarning } from './importContext';
export { isInvalidDraft, type XmlExtension } from './extensions';
export { MAX_XML_BYTES } from './parseXml';
export { pastFlowXmlLimits, type XmlLimitProblem } from './xmlWriteLimits';
