/**
 * The heat of an element in the coverage overlay. Defined in ui/ (src/ui/coverageHeat.ts), where
 * the run panel's coverage legend reads the same colours and labels.
 */
export * from '../../ui/coverageHeat';
