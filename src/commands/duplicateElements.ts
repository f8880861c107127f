import { defineCommand } from './command';
import { planPaste, type PasteParams } from './pasteElements';

/** Duplicates elements as one edit: a paste of their copy next to them. */
export const duplicateElements = defineCommand<PasteParams>('elements.duplicate', 'Duplicate', (doc, p) => planPaste(doc, p).doc);
