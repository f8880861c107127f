/**
 * `stageflow test`: under a failed scenario, what the app's Flow runs panel says of the org setup
 * the project's flows looked for and did not find (verify/hints/flowRunHints.ts), in the command
 * line's words — the recruiting orchestration's first step reads the running user's User record.
 */
import { describe, expect, it } from 'vitest';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as test } from './test';

const ORCHESTRATION = 'p/orchestrator/main/default/flows/Recruiting_Orchestration_v6';

function recruitingWith(scenario: object) {
  return memoryIo({ ...filesUnder('p', recruitingFiles()), [`${ORCHESTRATION}.scenario.json`]: JSON.stringify({ format: 'stageflow.scenario', version: 1, name: 'hires', record: { Id: 'a01SIM000000000001', Name: 'Engineer' }, ...scenario }) });
}

describe('stageflow test: hints under a failed scenario', () => {
  it('names the running user\'s User record the flow needed, and where to give it', async () => {
    // given a scenario expecting the run to complete, with no User records
    const { io, out } = recruitingWith({ expectations: [{ kind: 'runStatus', status: 'Completed' }] });
    // when
    const code = await test(['p'], io);
    // then
    expect(code).toBe(1);
    expect(out.stdout).toContain('Recruiting_Orchestration_v6.scenario.json: hint: This flow reads $User: the user the step runs as, the Automated Process User, has no User record in the simulated org');
    expect(out.stdout).toContain('Give the scenario a User with Username "$AutomatedProcessUser" in its "records".');
    expect(out.stdout).toContain('hint: The simulated org has no User where FirstName = "Nicki" and LastName = "Sanchez" (Get_Usernames.Get_Nicki_Sanchez_User_Record found nothing). A real org has such setup: give the scenario one in its "records".');
  });

  it('says nothing of the kind under a scenario that passes', async () => {
    const { io, out } = recruitingWith({ expectations: [{ kind: 'runStatus', status: 'Error' }] });
    const code = await test(['p'], io);
    expect(code).toBe(0);
    expect(out.stdout).not.toContain('hint:');
  });
});
