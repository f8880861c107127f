/**
 * The engine's explanation of a step or a stage at a moment of a run (engine/whyAt.ts, engine/startCheck.ts, engine/exitCheck.ts),
 * as the views read it: the types only, so the panels need not reach into the engine.
 */
export type { ElementWhy, StageWhy, StepWhy, StepBlocker } from '../engine/whyAt';
export type { ExitCheck } from '../engine/exitCheck';
export type { LogicCheck, RecheckNote, RowCheck, StartCheck } from '../engine/startCheck';
