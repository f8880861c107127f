/**
 * Zod schemas of the three FORMAT.md v1 documents. Types are inferred from these (see types.ts);
 * there are no hand-written duplicates. Schemas check structure and field types; cross-references
 * and the rules of SEMANTICS.md "Validation" live in validate.ts.
 *
 * Objects are loose (unknown keys are kept) so that a document using a later optional field
 * round-trips unchanged.
 */
export * from './orchestrationSchema';
export * from './scenarioSchema';
export * from './traceSchema';
