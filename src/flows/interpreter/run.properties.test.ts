import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resumeFlow } from './run';
import { flowOf, orgWith, run } from './testing/build';
import { generatedFlow } from './testing/generate';

const org = () => orgWith({ Case: [{ Id: '500A', Status: 'New', Priority: 1 }, { Id: '500B', Status: 'Closed', Priority: 2 }] });
const child = flowOf([{ kind: 'assignment', name: 'C', items: [] }]);
const options = () => ({ org: org(), inputs: { n: 2 }, resolveFlow: (name: string) => (name === 'Child' ? { definition: child } : undefined), limits: { maxElements: 200 } });
const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

describe('the interpreter on generated flows', () => {
  it('never throws: every run ends completed, faulted, waiting or unsupported, with a message when it stops', () => {
    fc.assert(
      fc.property(generatedFlow, (flow) => {
        // given a random flow / when it runs
        const { run: result } = run(flow, options());
        // then it ends in a known status, and says why when it did not complete
        expect(['completed', 'faulted', 'waiting', 'unsupported']).toContain(result.status);
        if (result.status === 'faulted') expect(result.fault?.message).toBeTruthy();
        if (result.status === 'unsupported') expect(result.unsupported?.message).toBeTruthy();
        expect(JSON.stringify(result)).not.toContain('internal error');
        if (result.status === 'waiting') {
          const resumed = resumeFlow(flow, result.waiting!.state, { ...options(), now: 10 * 86_400_000 }).run;
          expect(['completed', 'faulted', 'waiting', 'unsupported']).toContain(resumed.status);
        }
      }),
      runs,
    );
  });

  it('is deterministic: the same flow and inputs give byte-identical results', () => {
    fc.assert(
      fc.property(generatedFlow, (flow) => {
        // given / when the same flow runs twice on equal orgs
        const first = run(flow, options());
        const second = run(flow, options());
        // then the reports and the orgs are identical
        expect(JSON.stringify(second.run)).toBe(JSON.stringify(first.run));
        expect(JSON.stringify(second.org)).toBe(JSON.stringify(first.org));
      }),
      runs,
    );
  });
});
