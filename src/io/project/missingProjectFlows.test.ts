/**
 * The flows an orchestration opened from a project calls that the project lacks keep being said
 * after the import report is closed (missingProjectFlows.ts), on the recruiting demo with a step
 * whose flow name was mistyped in its file.
 */
import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { missingFlowNote, missingProjectFlows } from './missingProjectFlows';
import { openOrchestration } from './openOrchestration';
import { projectFlowOffer } from './projectFlowOffer';
import { projectFromFiles } from './projectFromFiles';
import { recruitingFiles } from './testing/projectFiles';

const ORCHESTRATION = 'Recruiting_Orchestration_v6';
const PATH = `orchestrator/main/default/flows/${ORCHESTRATION}.flow-meta.xml`;

/** The recruiting project, its orchestration's `<actionName>` of Recruiter_Phone_Screen replaced by `flow`. */
function openWith(flow: string) {
  const files = recruitingFiles().map((f) => (f.path === PATH ? { ...f, text: f.text.replace('<actionName>Recruiter_Phone_Screen</actionName>', `<actionName>${flow}</actionName>`) } : f));
  const project = projectFromFiles(files);
  const opened = openOrchestration(project, ORCHESTRATION);
  if (!opened.ok) throw new Error(JSON.stringify(opened.report));
  return { doc: opened.doc as Orchestration, offer: projectFlowOffer(project, 'recruiting', PATH) };
}

describe('flows the project lacks', () => {
  it('warns at the step whose flow name is mistyped, naming the project and the flow it likely meant', () => {
    const { doc, offer } = openWith('Recruiter_Phone_Scren');
    expect(missingProjectFlows(doc, offer)).toEqual([{
      path: 'stages[4].steps[2].flow',
      severity: 'warning',
      message: 'The project recruiting has no flow Recruiter_Phone_Scren: a run uses a stand-in for it, not a real flow. Did you mean *Recruiter Phone Screen* (Recruiter_Phone_Screen)?',
    }]);
  });

  it('says nothing of the project as it is, nor of a flow of a managed package', () => {
    expect(missingProjectFlows(openWith('Recruiter_Phone_Screen').doc, openWith('Recruiter_Phone_Screen').offer)).toEqual([]);
    const { doc, offer } = openWith('hr__Phone_Screen');
    expect(missingFlowNote(offer, doc.flows, 'hr__Phone_Screen', 'screen')).toBeNull();
  });

  it('offers no guess when no project flow of the type is within two edits', () => {
    const { doc, offer } = openWith('Background_Check');
    expect(missingFlowNote(offer, doc.flows, 'Background_Check', 'screen')).toBe('The project recruiting has no flow Background_Check: a run uses a stand-in for it, not a real flow.');
  });
});
