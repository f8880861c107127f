/**
 * A flow's resources as the interpreter needs them: variables, constants, formulas, text templates
 * and choices (zod schemas; types inferred).
 */
import { z } from 'zod';
import { FlowValueSpec, OutputAssignment, RecordFilter } from './valueSpec';

/** A variable (`<variables>`): its type, whether it is a collection, input/output, default value. */
export const FlowVariable = z.object({
  name: z.string(),
  /** Salesforce `dataType`: String, Number, Currency, Boolean, Date, DateTime, SObject, Picklist, Multipicklist, Apex… */
  dataType: z.string(),
  objectType: z.string().optional(),
  isCollection: z.boolean(),
  isInput: z.boolean(),
  isOutput: z.boolean(),
  scale: z.number().optional(),
  value: FlowValueSpec.optional(),
});
export type FlowVariable = z.infer<typeof FlowVariable>;

export const FlowConstant = z.object({ name: z.string(), dataType: z.string(), value: FlowValueSpec.optional() });
export type FlowConstant = z.infer<typeof FlowConstant>;

/**
 * A formula resource: its result type and expression text (evaluated by `src/flows/formula`).
 * `typedLength` is the length of the formula as a Process Builder admin typed it (the formula's
 * `originalFormula` process metadata value, `[Sales_Order__c].Field__c`): Process Builder stores the
 * expression translated (`{!myVariable_current.Field__c}`, longer), and its 3,900-character limit
 * counts what was typed, so a saved, active process can hold a longer expression.
 */
export const FlowFormula = z.object({
  name: z.string(),
  dataType: z.string(),
  expression: z.string(),
  scale: z.number().optional(),
  typedLength: z.number().optional(),
});
export type FlowFormula = z.infer<typeof FlowFormula>;

/** A text template: text with `{!merge}` fields. */
export const FlowTextTemplate = z.object({ name: z.string(), text: z.string(), plainText: z.boolean().optional() });
export type FlowTextTemplate = z.infer<typeof FlowTextTemplate>;

/** A choice: the text shown and the value it stands for. */
export const FlowChoice = z.object({ name: z.string(), choiceText: z.string(), dataType: z.string(), value: FlowValueSpec.optional() });
export type FlowChoice = z.infer<typeof FlowChoice>;

/**
 * A dynamic choice set (`<dynamicChoiceSets>`): record choices (the records of `object` that pass the
 * filters, sorted and limited, each offering its `valueField`), or picklist / collection choices (a
 * collection's items, each offering its `valueField`). A record picked on a screen stores its fields
 * through `outputAssignments`.
 */
export const FlowDynamicChoiceSet = z.object({
  name: z.string(),
  dataType: z.string().optional(),
  object: z.string().optional(),
  filterLogic: z.string().optional(),
  filters: z.array(RecordFilter),
  sortField: z.string().optional(),
  sortOrder: z.enum(['Asc', 'Desc']).optional(),
  limit: z.number().optional(),
  displayField: z.string().optional(),
  valueField: z.string().optional(),
  outputAssignments: z.array(OutputAssignment),
  picklistObject: z.string().optional(),
  picklistField: z.string().optional(),
  /**
   * A picklist set's values, when the project's object metadata lists them for
   * `picklistObject`.`picklistField` (attached when the flow is read from a project: io/project/picklistChoices.ts);
   * absent, the set's values are not known and a screen answer is taken as given.
   */
  picklistValues: z.array(z.string()).optional(),
  collectionReference: z.string().optional(),
});
export type FlowDynamicChoiceSet = z.infer<typeof FlowDynamicChoiceSet>;
