/**
 * Why a step did not start, as a scenario's checked expectation says it beside the expectation's own
 * words: elements by their labels, as the expectation names them. The check and the engine name them
 * by API name in code words — 'its stage never started (stage "Ship_Order")', 'its stage "Intake"
 * completed (at 5 s) before it started' — which `stageflow test` keeps (docs/cli.md: an
 * expectation's `why` is matched against those words); the app reads 'stage “Ship order” never
 * started', 'its stage “Intake checks” completed…' (docs/scenarios.md, *chosen*).
 */
import { quotedNamesAsLabels } from '../../model/messageNames';
import { STAGE_NEVER_STARTED } from '../../verify/expectations/stepChecks';

/** The check's reason for a step whose stage never started: `its stage never started (stage "S")`. */
const STAGE_NOT_STARTED = new RegExp(String.raw`${STAGE_NEVER_STARTED} \(stage "([^"]*)"\)`, 'g');

/** `text` (a check's or the engine's reason) with its elements named by `labels` (API name → label). */
export function reasonInWords(text: string, labels: ReadonlyMap<string, string>): string {
  const stageFirst = text.replace(STAGE_NOT_STARTED, (_, stage: string) => `stage “${labels.get(stage) ?? stage}” never started`);
  return quotedNamesAsLabels(stageFirst, labels);
}
