import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration } from '../../model/types';
import { ImportContext } from './importContext';
import { placeholderFlows } from './placeholders';

describe('placeholderFlows', () => {
  it('names what calls each missing flow, so the report says which step to mend', () => {
    // given a screen flow three steps call, and an evaluation flow a start condition and a stage exit call
    const doc: Orchestration = {
      ...emptyOrchestration(),
      stages: [
        { name: 'Review', exit: { mode: 'evaluationFlow', flow: 'Is_Done', inputs: {} }, steps: [
          { name: 'A', kind: 'interactive', flow: 'Screen_Scren' },
          { name: 'B', kind: 'interactive', flow: 'Screen_Scren', start: { mode: 'evaluationFlow', flow: 'Is_Done', inputs: {} } },
          { name: 'C', kind: 'interactive', flow: 'Screen_Scren' },
          { name: 'D', kind: 'interactive', flow: 'Screen_Scren' },
        ] },
      ],
    } as Orchestration;
    const ctx = new ImportContext(undefined, new Set());
    // when
    placeholderFlows(doc, ctx, { flow: () => undefined, missing: () => 'not in the project' });
    // then
    expect(ctx.warnings.map((w) => w.message)).toEqual([
      'flow Screen_Scren is referenced but not in the project; added as a placeholder (screen, active, no elements); called by step A, step B, step C and 1 more',
      'flow Is_Done is referenced but not in the project; added as a placeholder (evaluation, active, no elements); called by the start condition of step B and the exit of stage Review',
    ]);
  });
});
