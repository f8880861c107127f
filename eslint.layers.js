/**
 * The layers of src/ and which may import which (docs/DEVELOPMENT.md draws the same matrix).
 * eslint-plugin-boundaries fails `npm run lint` on any import that is not listed here: an import
 * that runs upward (model → store) or sideways between peers (canvas → panels).
 */

/** Each top-level folder of src/ is one element of the architecture. */
export const LAYERS = ['model', 'flows', 'engine', 'commands', 'io', 'verify', 'player', 'store', 'org', 'actions', 'ui', 'canvas', 'panels', 'app', 'cli'];

/** Layer → the layers it may import (besides itself). */
export const ALLOWED_IMPORTS = {
  model: [],
  flows: ['model'],
  engine: ['model', 'flows'],
  commands: ['model', 'flows'],
  io: ['model', 'flows'],
  verify: ['model', 'flows', 'engine', 'io'],
  player: ['model', 'flows', 'engine', 'verify'],
  store: ['model', 'flows', 'commands', 'io', 'verify', 'player'],
  org: ['model', 'flows', 'commands', 'store'],
  actions: ['model', 'flows', 'commands', 'io', 'verify', 'player', 'store'],
  ui: ['model', 'commands', 'store', 'actions'],
  canvas: ['model', 'flows', 'commands', 'player', 'store', 'actions', 'ui'],
  panels: ['model', 'flows', 'commands', 'io', 'verify', 'player', 'store', 'org', 'actions', 'ui'],
  app: ['model', 'flows', 'commands', 'io', 'verify', 'player', 'store', 'org', 'actions', 'ui', 'canvas', 'panels'],
  cli: ['model', 'flows', 'engine', 'io', 'verify'],
};

/** Folders whose code is pure TypeScript: no React, no state library, no canvas, no DOM. */
export const PURE_LAYERS = ['model', 'flows', 'engine', 'commands', 'io', 'verify'];
