/**
 * The editor's data layer, loaded right after the shell paints (it is most of the zod schemas and
 * the validator, which the first view does not need): reading documents as an import does, and
 * validating them. `useStartDocument` loads it before the start design opens.
 */
export { importOrchestration } from '../io/jsonImport';
export { validateOrchestration } from '../model/validate';
export { loadDocument } from '../actions/documentIo';

export type EditorCore = typeof import('./editorCore');
