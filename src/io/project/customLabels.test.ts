import { describe, expect, it } from 'vitest';
import { storedFlowDefinition } from '../../flows/definition';
import { runFlow } from '../../flows/interpreter';
import { isLabelsFile, readCustomLabels } from './customLabels';
import { projectCatalog } from './projectCatalog';
import { projectFromFiles } from './projectFromFiles';

const LABELS = `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels><fullName>Escalation_Queue</fullName><language>en_US</language><protected>false</protected><shortDescription>Queue</shortDescription><value>Tier 2</value></labels>
    <labels><fullName>Unused</fullName><value>never read</value></labels>
</CustomLabels>`;

const greet = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Copy</targetReference></connector></start>
  <formulas><name>Queue_Text</name><dataType>String</dataType><expression>"Sent to " &amp; {!$Label.escalation_queue}</expression></formulas>
  <assignments><name>Copy</name><assignmentItems><assignToReference>queue</assignToReference><operator>Assign</operator><value><elementReference>Queue_Text</elementReference></value></assignmentItems></assignments>
  <variables><name>queue</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

describe('custom labels of a project', () => {
  it('recognises labels files in source and Metadata API format', () => {
    expect(['force-app/main/default/labels/CustomLabels.labels-meta.xml', 'unpackaged/labels/CustomLabels.labels'].map(isLabelsFile)).toEqual([true, true]);
    expect(['force-app/main/default/flows/Labels.flow-meta.xml', 'labels/readme.md'].map(isLabelsFile)).toEqual([false, false]);
  });

  it('reads each label\'s value by its name; a file that is not custom labels is a warning that names it', () => {
    // when
    const read = readCustomLabels([{ path: 'labels/CustomLabels.labels-meta.xml', text: LABELS }, { path: 'labels/Other.labels-meta.xml', text: '<Flow/>' }, { path: 'labels/Bad.labels-meta.xml', text: '<CustomLabels><labels>' }]);
    // then
    expect([...read.labels]).toEqual([['escalation_queue', 'Tier 2'], ['unused', 'never read']]);
    expect(read.problems.map((p) => `${p.file}: ${p.message.split(':')[0]}`)).toEqual(['labels/Bad.labels-meta.xml: custom labels not read', 'labels/Other.labels-meta.xml: custom labels not read']);
  });

  it('a flow read from the project carries the labels it references, so its run reads them', () => {
    // given a project whose flow reads $Label.escalation_queue in a formula
    const project = projectFromFiles([
      { path: 'force-app/main/default/flows/Route_Case.flow-meta.xml', text: greet },
      { path: 'force-app/main/default/labels/CustomLabels.labels-meta.xml', text: LABELS },
    ]);
    // when
    const flow = projectCatalog(project, 'force-app/main/default/flows/Orchestration.flow-meta.xml', 'Active').flow('Route_Case');
    const definition = storedFlowDefinition(flow?.definition);
    // then: only the label it reads, by the name it spells
    expect(definition?.labels).toEqual({ escalation_queue: 'Tier 2' });
    expect(runFlow(definition!).run.outputs).toEqual({ queue: 'Sent to Tier 2' });
  });
});
