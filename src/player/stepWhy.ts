/**
 * The engine's explanation of a step at a moment of a run (engine/whyAt.ts, engine/startCheck.ts),
 * as the views read it: the types only, so the panels need not reach into the engine.
 */
export type { StepWhy, StepBlocker } from '../engine/whyAt';
export type { LogicCheck, RecheckNote, RowCheck, StartCheck } from '../engine/startCheck';
