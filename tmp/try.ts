import { readFolder } from '../src/io/project/readFolder';
import { openOrchestration } from '../src/io/project/openOrchestration';
import { validateOrchestration } from '../src/model/validate';
import { simulate } from '../src/engine/index';
const root = 'src/io/project/__fixtures__/LightningFlowComponents/';
for (const app of ['OrchestratorResources', 'DeactivateUser', 'WorkGuidePlus']) {
  const project = await readFolder(root + app);
  for (const p of project.problems.filter((x) => x.severity !== 'info')) console.log('  PROJECT', p.severity, p.file, p.message);
  for (const o of project.orchestrations) {
    const r = openOrchestration(project, o.apiName);
    if (!r.ok) { console.log(o.apiName, 'NOT OPENED', r.report); continue; }
    const problems = validateOrchestration(r.doc);
    const errors = problems.filter((p) => p.severity === 'error');
    const placeholders = (r.doc.flows ?? []).filter((f) => !f.source).map((f) => f.name);
    let run = '';
    if (errors.length === 0) { const t = simulate(r.doc); run = `${t.run.status} ${t.run.endedAt}ms steps:${Object.values(t.steps).map(s=>s.status+'/'+s.mode).join(',')}`; }
    console.log(`${app}/${o.apiName} [${o.status} api${o.apiVersion} ${JSON.stringify(o.trigger)}] flows:${r.doc.flows?.length} placeholders:${placeholders.join(',') || 0} errors:${errors.length} ${run}`);
    for (const e of errors) console.log('    ERR', e.path, e.message);
    for (const w of r.report.filter((x) => x.severity === 'warning' && !/kept verbatim|has no place/.test(x.message))) console.log('    WARN', w.path ?? w.file, w.message.slice(0, 200));
  }
}
