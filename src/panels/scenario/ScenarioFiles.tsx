/**
 * Scenarios as files, so what an admin sets up here runs in CI with `stageflow test`: the scenario
 * being edited downloads as the file the command looks for beside the design (`Name.scenario.json`,
 * or one file of a `Name.scenarios/` folder when the design has several; all of them as a `.zip` of
 * that folder), and scenario files add
 * to the design's scenarios (never replacing one). A file is untrusted input: read through the
 * scenario importer (size cap, structure, the design's names), and a file that cannot be used is
 * named with what is wrong and where, the others are still added.
 */
import { useRef, useState } from 'react';
import { DEFAULT_MAX_BYTES } from '../../io/jsonText';
import { readFileText } from '../../io/readFileText';
import { pastSizeLimit } from '../../io/sizeLimit';
import { isBlankName } from '../../model/blankName';
import { scenarioProblemInWords } from '../../model/scenarioPlace';
import type { Orchestration, Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { button } from './fieldStyles';
import { scenarioNameOfFile } from '../../io/project/scenarioFiles';
import { scenarioFileName, scenarioFilePaths } from '../../io/project/scenarioFileName';

/** What the last use of the buttons did, said in the dialog (a toast would sit under the modal dialog). */
type Outcome = { kind: 'ok' | 'error'; text: string };

async function downloadScenario(doc: Orchestration, scenario: Scenario, several: boolean): Promise<Outcome> {
  const [{ exportScenario }, { downloadText }] = await Promise.all([import('../../io/jsonExport'), import('../../io/download')]);
  const path = scenarioFileName(doc.name, scenario.name, several);
  const slash = path.lastIndexOf('/');
  const file = path.slice(slash + 1);
  downloadText(file, exportScenario(scenario));
  const where = slash < 0 ? 'beside the design' : `in the folder ${path.slice(0, slash)} beside the design`;
  return { kind: 'ok', text: `Downloaded ${file}: put it ${where}, where stageflow test finds it.` };
}

/** Every scenario of the design in one `.zip` whose files unpack where `stageflow test` finds them (the folder beside the design). */
async function downloadAll(doc: Orchestration, scenarios: readonly Scenario[]): Promise<Outcome> {
  const [{ exportScenario }, { downloadBlob }, { strToU8, zipSync }] = await Promise.all([import('../../io/jsonExport'), import('../../io/download'), import('fflate')]);
  const paths = scenarioFilePaths(doc.name, scenarios.map((s) => s.name));
  const archive = zipSync(Object.fromEntries(paths.map((path, i) => [path, strToU8(exportScenario(scenarios[i]!))])));
  const file = `${doc.name}.scenarios.zip`;
  downloadBlob(file, new Blob([archive], { type: 'application/zip' }));
  return { kind: 'ok', text: `Downloaded ${file}: unpack it beside the design; its ${paths.length} scenario files land where stageflow test finds them.` };
}

/**
 * A scenario file chosen by the user, read as the command line reads one: the scenario (named after
 * the file when it has no name), or what is wrong and where. A file over the importer's size cap is
 * refused before it is read.
 */
export async function readScenarioFile(file: File, doc: Orchestration): Promise<{ ok: true; scenario: Scenario } | { ok: false; message: string }> {
  // in megabytes of 1,024 KB, as the limit and the command line say them (it read 16.8 MB for 16 MB and a byte)
  if (file.size > DEFAULT_MAX_BYTES) return { ok: false, message: `${file.name}: ${pastSizeLimit(file.size, DEFAULT_MAX_BYTES)}` };
  const { importScenario } = await import('../../io/documentImport');
  const text = await readFileText(file);
  if (!text.ok) return { ok: false, message: `${file.name}: ${text.message}` };
  const result = importScenario(text.text, doc);
  if (!result.ok) {
    // the error that refuses it, as `stageflow simulate` prints errors alone: a warning listed before it ("…; it is ignored") is no reason
    const first = result.problems.find((p) => p.severity === 'error') ?? result.problems[0];
    // where, as the dialog titles its boxes, the path after it for the file ('Timed events, event 1 (events[0].at)'): the path alone read as JSON
    return { ok: false, message: `${file.name}: ${first ? scenarioProblemInWords(doc, first) : 'not a scenario'}` };
  }
  // a name empty or only spaces is none, as opening it from a project and `stageflow test` take it
  return { ok: true, scenario: { ...result.doc, name: result.doc.name !== undefined && !isBlankName(result.doc.name) ? result.doc.name : scenarioNameOfFile(file.name) } };
}

async function addFromFiles(doc: Orchestration, files: readonly File[]): Promise<Outcome> {
  const added: string[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const read = await readScenarioFile(file, doc);
    if (!read.ok) {
      refused.push(read.message);
      continue;
    }
    useAppStore.getState().addScenario(read.scenario);
    added.push(`“${read.scenario.name}”`);
  }
  const parts = [added.length ? `Added ${added.join(', ')}.` : '', refused.length ? `Not added: ${refused.join('; ')}.` : ''].filter(Boolean);
  return { kind: refused.length ? 'error' : 'ok', text: parts.join(' ') };
}

export function ScenarioFiles({ doc, scenario, scenarios }: { doc: Orchestration; scenario: Scenario; scenarios: readonly Scenario[] }) {
  const several = scenarios.length > 1;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={button} onClick={() => void downloadScenario(doc, scenario, several).then(setOutcome)}>Download scenario</button>
      {several && <button type="button" className={button} onClick={() => void downloadAll(doc, scenarios).then(setOutcome)}>Download all (.zip)</button>}
      <button type="button" className={button} onClick={() => input.current?.click()}>Add from file…</button>
      {/* reached through the button above (a focusable hidden input would take focus out of sight) */}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void addFromFiles(doc, files).then(setOutcome);
        }}
      />
      {outcome && (
        <p role="status" className={`w-full text-sm ${outcome.kind === 'error' ? 'text-status-error' : 'text-ink-600'}`}>{outcome.text}</p>
      )}
    </>
  );
}
