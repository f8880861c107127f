import { describe, expect, it } from 'vitest';
import { orchestration, stage, backgroundStep } from '../testing/fixtures';
import { ORCHESTRATION_SHAPE } from './documentShapes.generated';
import { unknownFieldWarnings } from './unknownFields';

/** The design as plain JSON with each `[path, value]` set (a hand-written file's typos): `['stages', 1, 'flwo']`. */
function designWith(...edits: Array<[Array<string | number>, unknown]>): unknown {
  const doc: unknown = JSON.parse(JSON.stringify(orchestration({ stages: [stage('Intake', [backgroundStep('Check')]), stage('Ship', [backgroundStep('Send')])] })));
  for (const [path, value] of edits) {
    let at = doc as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1)!] = value;
  }
  return doc;
}

describe('unknownFieldWarnings (fields the format does not have)', () => {
  it('names each unknown field at its path, with the field it most likely meant when one is close', () => {
    const doc = designWith(
      [['stages', 1, 'steps', 0, 'flwo'], 'Send_Flow'],
      [['stages', 1, 'steps', 0, 'flwName'], 'Send_Flow'],
      [['stages', 0, 'lable'], 'Intake'],
      [['colour'], 'blue'],
    );
    expect(unknownFieldWarnings(ORCHESTRATION_SHAPE, doc)).toEqual([
      { path: 'colour', message: 'unknown field "colour": Stageflow does not read it', severity: 'warning' },
      { path: 'stages[0].lable', message: 'unknown field "lable": Stageflow does not read it; did you mean "label"?', severity: 'warning' },
      { path: 'stages[1].steps[0].flwo', message: 'unknown field "flwo": Stageflow does not read it; did you mean "flow"?', severity: 'warning' },
      { path: 'stages[1].steps[0].flwName', message: 'unknown field "flwName": Stageflow does not read it', severity: 'warning' },
    ]);
  });

  it('says nothing of a document with only its own fields, of `extensions` anywhere, of free-form parts and layout entries', () => {
    expect(unknownFieldWarnings(ORCHESTRATION_SHAPE, designWith())).toEqual([]);
    const doc = designWith(
      [['stages', 0, 'extensions'], [{ anything: 1 }]],
      [['decisions'], [{ name: 'Route', outcomes: [{ name: 'Big', requirements: [], next: 'Ship', extensions: [] }], defaultNext: 'Ship', extensions: [] }]],
      [['layout'], { Intake: { x: 0, y: 0, width: 10 } }],
    );
    expect(unknownFieldWarnings(ORCHESTRATION_SHAPE, doc)).toEqual([]);
  });

  it('follows a variable by its type, passes over values of the wrong type, and counts past 50', () => {
    const typed = designWith([['variables'], [{ name: 'amount', type: 'Number', valeu: 5 }, 'not an object']], [['stages'], 'nope']);
    expect(unknownFieldWarnings(ORCHESTRATION_SHAPE, typed)).toEqual([
      { path: 'variables[0].valeu', message: 'unknown field "valeu": Stageflow does not read it; did you mean "value"?', severity: 'warning' },
    ]);
    // a megabytes-long key: its start, cut, so the warning stays one readable line
    const long = unknownFieldWarnings(ORCHESTRATION_SHAPE, designWith([['k'.repeat(5_000_000)], 1]));
    expect(long).toEqual([{ path: `["${'k'.repeat(80)}…"]`, message: `unknown field "${'k'.repeat(80)}…": Stageflow does not read it`, severity: 'warning' }]);
    const many = designWith(...Array.from({ length: 60 }, (_, i): [string[], unknown] => [[`x${i}`], i]));
    const found = unknownFieldWarnings(ORCHESTRATION_SHAPE, many);
    expect(found).toHaveLength(51);
    expect(found[50]).toEqual({ path: '', message: 'and 10 more unknown fields: Stageflow does not read them', severity: 'warning' });
  });
});
