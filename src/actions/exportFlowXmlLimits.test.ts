/**
 * Export ▸ Flow XML refuses what `stageflow convert` refuses (io/xml/xmlWriteLimits.ts), where it
 * downloaded a file the app, `convert` and `validate` then would not read back (past 5 MB) or read
 * without its position (`<locationX>1e+300</locationX>`): nothing is downloaded, a notice says what
 * is past the limit in convert's words, naming the stage, and the design stays as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import { routedDesign } from '../verify/testing/designs';
import { exportXmlAction } from './fileActions';

const downloads = vi.hoisted(() => [] as string[]);
vi.mock('../io/download', () => ({ downloadText: (name: string) => downloads.push(name), downloadBlob: () => undefined }));

function opened(doc: Orchestration): AppStore {
  const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
  store.getState().openUnsavedDesign(doc, []);
  store.getState().setStarting(false);
  return store;
}

const lastNotice = (store: AppStore) => store.getState().notices.at(-1);

describe('Export ▸ Flow XML past a Flow file’s limits', () => {
  beforeEach(() => {
    downloads.length = 0;
  });

  it('a stage placed past locationX’s range: nothing downloaded, the stage and the limit said, the design unchanged', async () => {
    // given a stage moved to x 1e300
    const doc = routedDesign();
    const stage = doc.stages[0]!;
    const store = opened({ ...doc, layout: { ...doc.layout, [stage.name]: { x: 1e300, y: 10 } } });
    const before = store.getState().doc;
    // when
    await exportXmlAction.perform({ store }, undefined);
    // then
    expect(downloads).toEqual([]);
    expect(lastNotice(store)).toMatchObject({
      kind: 'error',
      text: `Can’t export Flow XML: the file would not be read back. Stage “${stage.label ?? stage.name}” (position x): 1e+300 is past a Flow file's locationX, a whole number from -2147483648 to 2147483647. Nothing was downloaded; the design is unchanged.`,
      problem: { element: stage.name, path: `layout.${stage.name}.x` },
    });
    expect(store.getState().doc).toBe(before);
  });

  it('a design whose Flow XML is past 5 MB: nothing downloaded, the size said', async () => {
    // given a step with 6,000 text inputs of 1,000 characters each
    const doc = routedDesign();
    const step = doc.stages[0]!.steps[0]!;
    const inputs = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`note_${i}`, `${i} `.padEnd(1000, 'x')]));
    const store = opened({ ...doc, stages: [{ ...doc.stages[0]!, steps: [{ ...step, inputs: { ...step.inputs, ...inputs } }, ...doc.stages[0]!.steps.slice(1)] }, ...doc.stages.slice(1)] });
    // when
    await exportXmlAction.perform({ store }, undefined);
    // then
    expect(downloads).toEqual([]);
    expect(lastNotice(store)?.text).toMatch(/^Can’t export Flow XML: the file would not be read back\. The Flow XML would be \d+\.\d MB, and a Flow file larger than 5 MB is not read \(by convert, validate or the app\): split the design, or shorten its labels and descriptions\. Nothing was downloaded; the design is unchanged\.$/);
  });

  it('at the edge of the range it downloads as before', async () => {
    const doc = routedDesign();
    const stage = doc.stages[0]!;
    const store = opened({ ...doc, layout: { ...doc.layout, [stage.name]: { x: 2147483647, y: -2147483648 } } });
    await exportXmlAction.perform({ store }, undefined);
    expect(downloads).toEqual([`${doc.name}.flow-meta.xml`]);
  });
});
