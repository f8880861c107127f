/**
 * What every command says of a path that is not there, whichever part of it reads the path (a
 * design, a scenario, a folder `test` or `coverage` walks): a CI log grepped for one wording finds
 * them all (*chosen*, docs/cli.md). `test` and `coverage` said `cannot read: it does not exist`.
 */
export const MISSING_FILE = 'cannot read the file: it does not exist';
/** A project folder (`--orchestration`, a stageflow.config.json's `project`) that is not there. */
export const MISSING_PROJECT_FOLDER = 'cannot read the project folder: it does not exist';
