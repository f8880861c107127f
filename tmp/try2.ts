import { readFolder } from '../src/io/project/readFolder';
import { openOrchestration } from '../src/io/project/openOrchestration';
import { validateOrchestration, validateScenario } from '../src/model/validate';
import { simulate } from '../src/engine/index';
import type { Scenario } from '../src/model/types';
const root = 'src/io/project/__fixtures__/LightningFlowComponents/';
const users = { User: [{ Id: '005MGR000000000001', Username: 'manager@example.com', Email: 'manager@example.com' }] };
const leaving = { Id: '005USR000000000001', Username: 'leaving@example.com', ManagerId: '005MGR000000000001', Reassignment_Requested__c: true };
const S: Record<string, Scenario> = {
  User_deactivation_orchestration: { format: 'stageflow.scenario', version: 1, records: users, record: leaving, save: { operation: 'update', prior: { Reassignment_Requested__c: false } } },
  Handle_User_Deactivation: { format: 'stageflow.scenario', version: 1, records: users, record: leaving, save: { operation: 'update', prior: { Reassignment_Requested__c: false } }, steps: { Invite_Owner_to_Confirm_Interest: { outputs: { booleanKeepAccountActive: false } } } },
  Handle_User_Deactivation_auto: { format: 'stageflow.scenario', version: 1, records: { User: [...users.User, leaving] }, inputs: { recordId: leaving.Id, curUser: { Id: leaving.Id, Username: leaving.Username, ManagerId: leaving.ManagerId } } },
};
for (const app of ['OrchestratorResources', 'DeactivateUser', 'WorkGuidePlus']) {
  const project = await readFolder(root + app);
  for (const o of project.orchestrations) {
    const r = openOrchestration(project, o.apiName);
    if (!r.ok) { console.log(o.apiName, 'NOT OPENED', r.report[0]?.message); continue; }
    const sc = S[o.apiName];
    if (sc) { const sp = validateScenario(sc, r.doc); if (sp.length) console.log('   SCEN', sp); }
    const t = simulate(r.doc, sc);
    console.log(`${o.apiName}: ${t.run.status} stalled=${t.run.stalled} ${t.run.endedAt} launch=${JSON.stringify(t.run.launch)} steps:${Object.entries(t.steps).map(([n,s])=>`${n}=${s.status}/${s.mode}/${s.runAs?.user ?? ''}${s.why? ' ('+s.why+')':''}`).join('; ')}`);
    for (const e of t.events.filter((e) => e.type === 'stepErrored')) console.log('     ', e.message);
  }
}
