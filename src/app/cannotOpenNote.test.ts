import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOrchestration } from '../io/jsonImport';
import { cannotOpenNote } from './cannotOpenNote';

const SAMPLE = JSON.parse(readFileSync('public/samples/order-fulfilment.json', 'utf8')) as { stages: { steps: Record<string, unknown>[] }[] };

/** The order-fulfilment sample with `change` made to it, as JSON. */
const changed = (change: (doc: typeof SAMPLE) => void) => {
  const doc = structuredClone(SAMPLE);
  change(doc);
  return JSON.stringify(doc);
};

/** The note the app shows for `text` opened as a share link. */
const sharedNote = (text: string) => cannotOpenNote('The shared design', text, importOrchestration(text).problems, 'no design in the link');

describe('a share link or a sample that cannot be opened, in the words Import, Run and Save use', () => {
  it('names the step, its stage and the field as the editor does, not the JSON path', () => {
    const text = changed((doc) => { doc.stages[0]!.steps[0]!.flow = 5; });
    expect(importOrchestration(text).doc).toBeFalsy();
    expect(sharedNote(text)).toBe('The shared design cannot be opened: Step “Validate order” in stage “Prepare order” (Flow): "flow" must be text, not the number 5. Starting with an empty design.');
  });

  it('names a sample the same way', () => {
    const text = changed((doc) => { doc.stages[0]!.steps[0]!.flow = 5; });
    expect(cannotOpenNote('Sample "onboarding"', text, importOrchestration(text).problems, 'invalid document')).toMatch(/^Sample "onboarding" cannot be opened: Step “Validate order” in stage “Prepare order” \(Flow\): /);
  });

  it('keeps the line and column of a text that is no JSON, and the path of a part not shaped as a design\'s', () => {
    expect(sharedNote('{"stages":')).toBe('The shared design cannot be opened: 1:11: not valid JSON: the text ends too early. Starting with an empty design.');
    const stageIsNumber = changed((doc) => { (doc.stages as unknown[])[0] = 5; });
    expect(sharedNote(stageIsNumber)).toMatch(/^The shared design cannot be opened: stages\[0\]: /);
  });

  it('says why when no problem was given', () => {
    expect(cannotOpenNote('The shared design', null, [], 'no design in the link')).toBe('The shared design cannot be opened: no design in the link. Starting with an empty design.');
  });
});
