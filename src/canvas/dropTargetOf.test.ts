import { describe, expect, it } from 'vitest';
import { cardDropTarget, paletteDropTarget } from './dropTargetOf';
import { paletteKindMime, paletteKindOf } from './paletteMime';
import type { DesignNode } from './types';

const stage = (id: string, x: number, label: string): DesignNode => ({
  id, type: 'stage', position: { x, y: 0 }, width: 300, height: 400,
  data: { name: id, label, problems: [], invalid: false, stepCount: 1, exitBadge: null, isStart: false },
});
const card: DesignNode = {
  id: 'Send', type: 'step', parentId: 'First', position: { x: 10, y: 60 }, width: 280, height: 90,
  data: { name: 'Send', label: 'Send welcome', problems: [], invalid: false, kind: 'background', mode: 'sync', startBadge: '', runAsBadge: null, flowLabel: null },
};
const nodes = [stage('First', 0, 'First stage'), stage('Second', 400, 'Second stage'), card];

describe('where a dragged step card would land', () => {
  it('names the other stage under the pointer, and the links the move removes', () => {
    expect(cardDropTarget(nodes, { x: 500, y: 200 }, card, '')).toEqual({ stage: 'Second', text: 'Drop to move “Send welcome” to stage “Second stage”.' });
    expect(cardDropTarget(nodes, { x: 500, y: 200 }, card, ' It will no longer wait for “Welcome”.')?.text).toBe('Drop to move “Send welcome” to stage “Second stage”. It will no longer wait for “Welcome”.');
  });

  it('is nothing over its own stage or the empty canvas (the drop only moves the card)', () => {
    expect(cardDropTarget(nodes, { x: 100, y: 200 }, card, '')).toBeNull();
    expect(cardDropTarget(nodes, { x: 350, y: 200 }, card, '')).toBeNull();
  });

  it('is nothing for a stage dragged over another', () => {
    expect(cardDropTarget(nodes, { x: 500, y: 200 }, nodes[0]!, '')).toBeNull();
  });
});

describe('where a palette item would land', () => {
  it('a step joins the stage under the pointer', () => {
    expect(paletteDropTarget(nodes, { x: 100, y: 10 }, 'interactive')).toEqual({ stage: 'First', text: 'Drop to add an interactive step to stage “First stage”.' });
    expect(paletteDropTarget(nodes, { x: 500, y: 10 }, 'background')).toEqual({ stage: 'Second', text: 'Drop to add a background step to stage “Second stage”.' });
  });

  it('a step outside every stage is refused, saying why', () => {
    expect(paletteDropTarget(nodes, { x: 350, y: 10 }, 'background')).toEqual({ stage: null, text: 'A background step goes inside a stage: drop it on one.' });
  });

  it('a stage or a decision goes anywhere: nothing to say', () => {
    expect(paletteDropTarget(nodes, { x: 100, y: 10 }, 'stage')).toBeNull();
    expect(paletteDropTarget(nodes, { x: 350, y: 10 }, 'decision')).toBeNull();
  });
});

describe('the palette drag data type that names the kind', () => {
  it('round-trips every kind and ignores other types', () => {
    for (const kind of ['stage', 'background', 'interactive', 'decision'] as const) expect(paletteKindOf(['text/plain', paletteKindMime(kind)])).toBe(kind);
    expect(paletteKindOf(['text/plain', 'application/x-stageflow-palette', 'application/x-stageflow-palette-kind-__proto__'])).toBeNull();
  });
});
