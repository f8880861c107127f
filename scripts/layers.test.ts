/**
 * The layer rule is real: `npm run lint` (ESLint with eslint-plugin-boundaries, eslint.config.js)
 * fails on an import that runs upward or sideways, and passes the allowed direction. Files are
 * linted in memory at paths inside src/, so nothing is written to the repository.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('layer rule (eslint-plugin-boundaries)', () => {
  it('fails lint on an upward import: the model importing the store', async () => {
    // when
    const errors = await layerErrors('src/model/upwardImport.ts', "import { useAppStore } from '../store/appStore';\nexport const store = useAppStore;\n");
    // then
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/model may not import store/);
  });

  it('fails lint on a sideways import between peers: the canvas importing a panel', async () => {
    const errors = await layerErrors('src/canvas/sidewaysImport.ts', "import { PropertiesPanel } from '../panels/PropertiesPanel';\nexport const panel = PropertiesPanel;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/canvas may not import panels/);
  });

  it('fails lint on the engine importing the player, and on a dynamic import upward', async () => {
    expect(await layerErrors('src/engine/upwardImport.ts', "export { RunPlayer } from '../player/runPlayer';\n")).toHaveLength(1);
    expect(await layerErrors('src/store/lazyUpward.ts', "export const load = () => import('../canvas/FlowCanvas');\n")).toHaveLength(1);
  });

  it('fails lint on an import of a file of src/ that is in no layer yet', async () => {
    // src/test-setup.ts belongs to no layer
    expect(await layerErrors('src/store/unknownImport.ts', "export * from '../test-setup';\n")).toHaveLength(1);
  });

  it('passes the allowed direction: the store importing commands, the canvas importing actions', async () => {
    expect(await layerErrors('src/store/downwardImport.ts', "import { addStage } from '../commands/addStage';\nexport const command = addStage;\n")).toEqual([]);
    expect(await layerErrors('src/canvas/downwardImport.ts', "import { ACTIONS } from '../actions/registry';\nexport const actions = ACTIONS;\n")).toEqual([]);
  });
});
