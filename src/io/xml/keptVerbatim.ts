/**
 * The words of the note on an element the model cannot hold, kept as it is. On a file of its own so
 * that the reports which set those notes apart (the import report, `stageflow test`) need not load
 * the XML reader.
 */
export const KEPT_VERBATIM = 'has no place in the model; kept verbatim in extensions';
