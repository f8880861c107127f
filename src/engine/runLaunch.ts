/**
 * The launch of a run whose scenario starts with a record save (`save`): the decision of launch.ts
 * on the triggering record as stored in the org (after the save) and `$Record__Prior` (before it).
 */
import type { Scenario } from '../model/types';
import type { Engine } from './engine';
import { decideLaunch, type LaunchDecision } from './launch';
import { priorValues } from './runRecords';

/** The launch decision for this run, or null when the run starts without a save (it just starts). */
export function launchDecision(engine: Engine, scenario: Scenario | undefined): LaunchDecision | null {
  const save = scenario?.save;
  const trigger = engine.model.doc.trigger;
  const stored = engine.triggerRecord;
  if (!save || trigger?.type !== 'recordTriggered' || !stored) return null;
  const after = engine.org.get(stored.id)?.fields ?? {};
  const prior = priorValues(engine.org, stored, scenario);
  return decideLaunch(trigger, save.operation, { object: stored.object, after, prior });
}
