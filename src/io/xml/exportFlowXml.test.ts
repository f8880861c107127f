import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';

const loop: Orchestration = {
  format: 'stageflow.orchestration',
  version: 1,
  name: 'Loop',
  label: 'Loop & "retry"',
  stages: [
    { name: 'Ask', next: 'Answered', steps: [{ name: 'Ask_Step', kind: 'interactive', flow: 'Ask_Screen', assignee: { type: 'user', name: 'jdoe' } }] },
    { name: 'Done', faultNext: 'Ask', steps: [] },
  ],
  decisions: [
    { name: 'Answered', outcomes: [{ name: 'Yes', requirements: [{ left: 'Ask_Step.Status', operator: 'EqualTo', right: { string: 'Completed' } }], next: 'Done' }], defaultNext: 'Ask' },
  ],
};

function tags(xml: string): string[] {
  return [...xml.matchAll(/^ {4}<([A-Za-z]+)[ >]/gm)].map((m) => m[1]!);
}

describe('exportFlowXml', () => {
  it('writes a valid Orchestrator Flow in the metadata namespace, top-level elements in alphabetical order', () => {
    // given / when
    const { xml } = exportFlowXml(loop);
    // then
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n')).toBe(true);
    expect(xml).toContain('<processType>Orchestrator</processType>');
    expect(xml).toContain('<apiVersion>63.0</apiVersion>');
    expect(xml).toContain('<label>Loop &amp; &quot;retry&quot;</label>');
    const top = tags(xml);
    expect(top).toEqual([...top].sort());
    expect(top).toEqual(expect.arrayContaining(['apiVersion', 'decisions', 'interviewLabel', 'label', 'orchestratedStages', 'processType', 'start', 'status']));
  });

  it('writes inherited fields first in a stage (name, label, location) and the rest alphabetically', () => {
    // given / when
    const { xml } = exportFlowXml(loop);
    // then
    const stage = xml.slice(xml.indexOf('<orchestratedStages>'), xml.indexOf('</orchestratedStages>'));
    const fields = [...stage.matchAll(/^ {8}<([A-Za-z]+)[ >]/gm)].map((m) => m[1]!);
    expect(fields).toEqual(['name', 'label', 'locationX', 'locationY', 'connector', 'exitConditionLogic', 'stageSteps'].filter((f) => fields.includes(f)));
    expect(fields.slice(0, 4)).toEqual(['name', 'label', 'locationX', 'locationY']);
  });

  it('marks connectors that loop back as Go To, and only those', () => {
    // given / when
    const { xml } = exportFlowXml(loop);
    // then the decision's default path back to Ask and Done's fault path back to Ask are Go Tos
    expect(xml.match(/<isGoTo>true<\/isGoTo>\s*<targetReference>Ask<\/targetReference>/g)).toHaveLength(2);
    expect(xml).not.toMatch(/<isGoTo>true<\/isGoTo>\s*<targetReference>(Done|Answered)</);
  });

  it('re-emits extensions and drops a Go To mark once the connector is changed', () => {
    // given an imported loop whose Go To is not a loop any more after an edit
    const imported = importFlowXml(exportFlowXml({ ...loop, decisions: [{ ...loop.decisions![0]!, defaultNext: 'Done' }] }).xml.replace(
      '<targetReference>Done</targetReference>\n        </defaultConnector>',
      '<targetReference>Done</targetReference>\n        </defaultConnector>\n        <mystery>kept</mystery>',
    ).replace('<defaultConnector>\n', '<defaultConnector>\n            <isGoTo>true</isGoTo>\n'), { name: 'Loop' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const decision = imported.doc.decisions![0]!;
    expect(decision.extensions).toContainEqual({ kind: 'xmlGoTo', connector: 'defaultConnector', target: 'Done' });
    // when the default path is pointed elsewhere
    const { xml } = exportFlowXml({ ...imported.doc, decisions: [{ ...decision, defaultNext: 'Ask' }] });
    const { xml: kept } = exportFlowXml(imported.doc);
    // then the unknown element survives and the stale mark does not apply
    expect(xml).toContain('<mystery>kept</mystery>');
    expect(xml).not.toMatch(/<isGoTo>true<\/isGoTo>\s*<targetReference>Done/);
    expect(kept).toMatch(/<isGoTo>true<\/isGoTo>\s*<targetReference>Done/);
  });

  it('writes a record-triggered start, and says what it could not write', () => {
    // given
    const doc: Orchestration = {
      ...loop,
      trigger: { type: 'recordTriggered', object: 'Case', triggeredBy: 'jdoe' },
      users: [{ username: 'jdoe' }],
      variables: [{ name: 'rec', type: 'Record', object: 'Case', value: { Status: 'New' }, label: 'The case' }],
    };
    // when
    const { xml, warnings } = exportFlowXml(doc);
    // then
    // a trigger that says nothing of when it fires is written as "A record is created" (docs/projects.md)
    expect(xml).toMatch(/<object>Case<\/object>\s*<recordTriggerType>Create<\/recordTriggerType>\s*<triggerType>RecordAfterSave<\/triggerType>/);
    // by path for the command line, in the editor's words for its notice
    expect(warnings).toEqual([{
      message: 'not written (Flow metadata has no place for them): users (1), trigger.triggeredBy, variables[0].value (record field values), variables[0].label',
      inWords: "Flow metadata has no place for the users (1), who saves the record (Triggered by), the sample field values of rec, the label of rec; they stay in Stageflow's JSON.",
    }]);
  });

  it('names only the catalog flows made in Stageflow as not written: a flow read from the project is a file of it', () => {
    // given the two flows a project gave and one made in the app's catalog
    const fromProject = (name: string) => ({ name, type: 'autolaunched' as const, active: true, source: { path: `force-app/main/default/flows/${name}.flow-meta.xml`, status: 'Active' } });
    const projectOnly: Orchestration = { ...loop, flows: [fromProject('Ask_Screen'), fromProject('Notify')] };
    const withOwn: Orchestration = { ...projectOnly, flows: [...projectOnly.flows!, { name: 'Draft_Check', type: 'autolaunched', active: true }] };
    // when / then: the project's flows are not lost, so nothing is said of them
    expect(exportFlowXml(projectOnly).warnings).toEqual([]);
    // and the one made in the app is counted alone, in the singular
    expect(exportFlowXml(withOwn).warnings).toEqual([{
      message: 'not written (Flow metadata has no place for them): the flow catalog (1 flow not read from a project)',
      inWords: "Flow metadata has no place for the flow catalog's flow made in Stageflow (Draft_Check); they stay in Stageflow's JSON.",
    }]);
  });

  it('ignores malformed extension entries instead of failing', () => {
    // given
    const doc = { ...loop, extensions: [{ kind: 'xmlElement', element: { tag: '__proto__' } }, 42, { kind: 'xmlElement', element: { tag: 'ok', text: 'yes' } }] };
    // when
    const { xml } = exportFlowXml(doc);
    // then
    expect(xml).toContain('<ok>yes</ok>');
    expect(xml).not.toContain('__proto__');
  });
});
