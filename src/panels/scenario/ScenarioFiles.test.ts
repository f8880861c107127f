// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../io/jsonText';
import { backgroundStep, orchestration, withSteps } from '../../model/testing/fixtures';
import { readScenarioFile } from './ScenarioFiles';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('a scenario file the user adds in Scenarios', () => {
  it('is read as the command line reads one, named after the file when it has no name', async () => {
    const read = await readScenarioFile(file('late.scenario.json', '{ "format": "stageflow.scenario", "version": 1, "events": [] }'), orchestration());
    expect(read).toEqual({ ok: true, scenario: { format: 'stageflow.scenario', version: 1, events: [], name: 'late' } });
  });

  it('with an empty name is named after the file, as opening it from a project and stageflow test name it', async () => {
    const read = await readScenarioFile(file('late.json', '{ "format": "stageflow.scenario", "version": 1, "name": "", "events": [] }'), orchestration());
    expect(read).toMatchObject({ ok: true, scenario: { name: 'late' } });
  });

  it('with a name of only spaces is named after the file too, as opening it from a project and stageflow test name it', async () => {
    // given a file whose name is blank (the app showed it as "Scenario 2", the CLI and a project named it "late")
    const read = await readScenarioFile(file('late.json', '{ "format": "stageflow.scenario", "version": 1, "name": " \u00a0 ", "events": [] }'), orchestration());
    expect(read).toMatchObject({ ok: true, scenario: { name: 'late' } });
  });

  it('with a name of only a zero-width space or a word joiner is named after the file too: it shows nothing, as spaces do', async () => {
    for (const name of ['\\u200b', '\\u2060\\ufeff']) {
      const read = await readScenarioFile(file('late.json', `{ "format": "stageflow.scenario", "version": 1, "name": "${name}", "events": [] }`), orchestration());
      expect(read).toMatchObject({ ok: true, scenario: { name: 'late' } });
    }
  });

  it('that is not a scenario is named with its first problem and where', async () => {
    const read = await readScenarioFile(file('broken.json', '{ "format": "stageflow.scenario", "version": 1, "events": [{ "at": "soon" }] }'), orchestration());
    // where in the dialog's words (its Timed events box), the path after it for the file
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^broken\.json: Timed events, event 1 \(events\[0\]\.\w+\): /) });
  });

  it('that is refused is named with the error that refuses it, not a warning listed before it (as stageflow simulate says it)', async () => {
    // given a scenario whose first entry only warns (an output the step's flow does not have) and whose second is an error
    const design = withSteps(backgroundStep('Ship'));
    const text = JSON.stringify({ format: 'stageflow.scenario', version: 1, steps: { Ship: { outputs: { nope: 1 } }, Not_A_Step: { outcome: 'error' } } });
    // when
    const read = await readScenarioFile(file('mixed.json', text), design);
    // then the message is the error's, the one the command line prints
    expect(read).toEqual({ ok: false, message: 'mixed.json: Step behaviour, step “Not_A_Step” (steps.Not_A_Step): the orchestration has no step "Not_A_Step"' });
  });

  it('over the importer\'s size cap is refused before it is read', async () => {
    const big = file('huge.json', '');
    Object.defineProperty(big, 'size', { value: DEFAULT_MAX_BYTES + 1 });
    Object.defineProperty(big, 'text', { value: () => Promise.reject(new Error('read')) });
    // in the command line's words for the same file: 16 MB and a byte is not '16.8 MB' (a million bytes each)
    expect(await readScenarioFile(big, orchestration())).toEqual({ ok: false, message: 'huge.json: the file is 16777217 bytes, more than the 16 MB limit' });
    const bigger = file('huge.json', '');
    Object.defineProperty(bigger, 'size', { value: 17 * 1024 * 1024 });
    expect(await readScenarioFile(bigger, orchestration())).toEqual({ ok: false, message: 'huge.json: the file is 17.0 MB, more than the 16 MB limit' });
  });
});
