/** Test support: small Flow metadata files and the real project fixtures on disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ProjectFile } from '../types';

export const FLOWS = 'force-app/main/default/flows';

/** A custom field's file text (`<object>/fields/<name>.field-meta.xml`) of the given type. */
export function customFieldXml(name: string, type: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>
    <label>${name}</label>
    <type>${type}</type>
</CustomField>
`;
}

/** An orchestration whose single stage has one background step calling `flow` with `inputs`. */
export function orchestrationXml(label: string, flow: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>58.0</apiVersion>
    <interviewLabel>${label} {!$Flow.CurrentDateTime}</interviewLabel>
    <label>${label}</label>
    <orchestratedStages>
        <name>Work</name>
        <label>Work</label>
        <locationX>176</locationX>
        <locationY>134</locationY>
        <exitConditionLogic>and</exitConditionLogic>
        <stageSteps>
            <name>Do_It</name>
            <actionName>${flow}</actionName>
            <actionType>stepBackground</actionType>
            <entryConditionLogic>and</entryConditionLogic>
            <label>Do It</label>
            <requiresAsyncProcessing>false</requiresAsyncProcessing>
            <stepSubtype>BackgroundStep</stepSubtype>
        </stageSteps>
    </orchestratedStages>
    <processMetadataValues>
        <name>BuilderType</name>
        <value>
            <stringValue>LightningFlowBuilder</stringValue>
        </value>
    </processMetadataValues>
    <processMetadataValues>
        <name>CanvasMode</name>
        <value>
            <stringValue>AUTO_LAYOUT_CANVAS</stringValue>
        </value>
    </processMetadataValues>
    <processMetadataValues>
        <name>OriginBuilderType</name>
        <value>
            <stringValue>LightningFlowBuilder</stringValue>
        </value>
    </processMetadataValues>
    <processType>Orchestrator</processType>
    <start>
        <locationX>50</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Work</targetReference>
        </connector>
    </start>
    <status>Active</status>${extra}
</Flow>
`;
}

/** An autolaunched flow with one Assignment (sync) or one Action (async), an input and an output. */
export function autolaunchedXml(label: string, options: { action?: boolean; status?: string; subflow?: string } = {}): string {
  const element = options.subflow !== undefined
    ? `    <subflows>
        <name>Call_Sub</name>
        <label>Call Sub</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <flowName>${options.subflow}</flowName>
    </subflows>`
    : options.action
      ? `    <actionCalls>
        <name>Send</name>
        <label>Send</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <actionName>emailSimple</actionName>
        <actionType>emailSimple</actionType>
    </actionCalls>`
      : `    <assignments>
        <name>Set_Result</name>
        <label>Set Result</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignmentItems>
            <assignToReference>result</assignToReference>
            <operator>Assign</operator>
            <value>
                <stringValue>done</stringValue>
            </value>
        </assignmentItems>
    </assignments>`;
  const first = options.subflow !== undefined ? 'Call_Sub' : options.action ? 'Send' : 'Set_Result';
  return `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>58.0</apiVersion>
${element}
    <label>${label}</label>
    <processType>AutoLaunchedFlow</processType>
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>${first}</targetReference>
        </connector>
    </start>
    <status>${options.status ?? 'Active'}</status>
    <variables>
        <name>recordId</name>
        <dataType>String</dataType>
        <isCollection>false</isCollection>
        <isInput>true</isInput>
        <isOutput>false</isOutput>
    </variables>
    <variables>
        <name>result</name>
        <dataType>String</dataType>
        <isCollection>false</isCollection>
        <isInput>false</isInput>
        <isOutput>true</isOutput>
    </variables>
</Flow>
`;
}

/** `path` in the project's flows folder. */
export function flowFile(name: string, text: string, folder = FLOWS): ProjectFile {
  return { path: `${folder}/${name}.flow-meta.xml`, text };
}

const FIXTURES = join(import.meta.dirname, '..', '__fixtures__', 'LightningFlowComponents');

/** The real projects kept as fixtures (one folder each). */
export const REAL_PROJECTS = ['OrchestratorResources', 'DeactivateUser', 'WorkGuidePlus'] as const;

/** Every file of a real project fixture, with its path inside the project. */
export function realProjectFiles(project: (typeof REAL_PROJECTS)[number]): ProjectFile[] {
  return filesUnder(join(FIXTURES, project));
}

/** The status-driven CaseLifecycle project (written for issue 13, `__fixtures__/CaseLifecycle/README.md`). */
export function caseLifecycleFiles(): ProjectFile[] {
  return filesUnder(join(import.meta.dirname, '..', '__fixtures__', 'CaseLifecycle'));
}

/**
 * SFDC-Assets' recruiting demo (`__fixtures__/RecruitingOrchestrator/README.md`): a record-triggered
 * orchestration in one package directory (`orchestrator/`) calling the flows of another (`force-app/`).
 */
export function recruitingFiles(): ProjectFile[] {
  return filesUnder(join(import.meta.dirname, '..', '__fixtures__', 'RecruitingOrchestrator'));
}

/** The folder of the AutomationSwitch project (`__fixtures__/AutomationSwitch/README.md`): a flow that reads a custom setting's defaults. */
export const AUTOMATION_SWITCH_FOLDER = join(import.meta.dirname, '..', '__fixtures__', 'AutomationSwitch');

/** Every file of the AutomationSwitch project, with its path inside the project. */
export function automationSwitchFiles(): ProjectFile[] {
  return filesUnder(AUTOMATION_SWITCH_FOLDER);
}

/** The folder of the BookingCounter project (`__fixtures__/BookingCounter/README.md`): a step flow that reads a custom metadata record. */
export const BOOKING_COUNTER_FOLDER = join(import.meta.dirname, '..', '__fixtures__', 'BookingCounter');

/** Every file of the BookingCounter project, with its path inside the project. */
export function bookingCounterFiles(): ProjectFile[] {
  return filesUnder(BOOKING_COUNTER_FOLDER);
}

export const DEPOT_SWEEP_FOLDER = join(import.meta.dirname, '..', '__fixtures__', 'DepotSweep');

/** The DepotSweep project (written for Stageflow): a Checkbox a record omits, an Update Records on a custom child relationship. */
export function depotSweepFiles(): ProjectFile[] {
  return filesUnder(DEPOT_SWEEP_FOLDER);
}

/** The CrateIntake project (written for Stageflow): a step flow creating a record of an object the orchestration reads none of, without its stored Checkboxes, and clearing one. */
export function crateIntakeFiles(): ProjectFile[] {
  return filesUnder(join(import.meta.dirname, '..', '__fixtures__', 'CrateIntake'));
}

export const QUEUE_ROUTING_FOLDER = join(import.meta.dirname, '..', '__fixtures__', 'QueueRouting');

/** Every file of the QueueRouting project (a step flow reading the queue and record type it ships), with its path inside the project. */
export function queueRoutingFiles(): ProjectFile[] {
  return filesUnder(QUEUE_ROUTING_FOLDER);
}

/** Every file of the OutageNotice project (a step flow sending the custom notification type it ships), with its path inside the project. */
export function outageNoticeFiles(): ProjectFile[] {
  return filesUnder(join(import.meta.dirname, '..', '__fixtures__', 'OutageNotice'));
}

/** Every file of the RetrievedRecordTypes package (a step flow reading a record type of `objects/Case.object`, Metadata API format), with its path inside the package's folder. */
export function retrievedRecordTypesFiles(): ProjectFile[] {
  return filesUnder(join(import.meta.dirname, '..', '__fixtures__', 'RetrievedRecordTypes'));
}

/** Every file of the QueueMembership project (a step flow asking whether a user is in the queue it ships), with its path inside the project. */
export function queueMembershipFiles(): ProjectFile[] {
  return filesUnder(join(import.meta.dirname, '..', '__fixtures__', 'QueueMembership'));
}

/** Every file of the RecordTypeBranch project (flows branching on `$Record.RecordType.DeveloperName` and `Get_Case.RecordType.DeveloperName`, no Get Records on RecordType), with its path inside the project. */
export function recordTypeBranchFiles(): ProjectFile[] {
  return filesUnder(join(import.meta.dirname, '..', '__fixtures__', 'RecordTypeBranch'));
}

/** RecordTypeBranch as a retrieved package: its flows as `unpackaged/flows/*.flow`, its record types as the `<recordTypes>` of `unpackaged/objects/Case.object`. */
export function recordTypeBranchPackage(): ProjectFile[] {
  const files = recordTypeBranchFiles();
  const recordTypes = files.flatMap((f) => {
    const name = /\/recordTypes\/(\w+)\.recordType-meta\.xml$/.exec(f.path)?.[1];
    const body = /<RecordType[^>]*>([\s\S]*)<\/RecordType>/.exec(f.text)?.[1];
    return name && body ? [`    <recordTypes>${body.replace(/<fullName>\w+<\/fullName>/, `<fullName>${name}</fullName>`)}</recordTypes>`] : [];
  });
  const object = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
${recordTypes.join('\n')}
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`;
  return [...asRetrievedPackage(files), { path: 'unpackaged/objects/Case.object', text: object }];
}

function filesUnder(root: string): ProjectFile[] {
  const files: ProjectFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return files;
}

/** The folder of a real project fixture on disk. */
export function realProjectFolder(project: (typeof REAL_PROJECTS)[number]): string {
  return join(FIXTURES, project);
}

/**
 * The same flows as a package retrieved in the Metadata API format (`sf project retrieve start
 * --target-metadata-dir`, Workbench): `unpackaged/flows/Name.flow` with the same XML, and the
 * package's `package.xml` listing them; the SFDX project file is not part of such a package.
 */
export function asRetrievedPackage(files: readonly ProjectFile[]): ProjectFile[] {
  const flows = files
    .filter((f) => f.path.endsWith('.flow-meta.xml'))
    .map((f) => ({ path: `unpackaged/flows/${f.path.slice(f.path.lastIndexOf('/') + 1).replace(/\.flow-meta\.xml$/, '.flow')}`, text: f.text }));
  const members = flows.map((f) => `        <members>${f.path.slice('unpackaged/flows/'.length, -'.flow'.length)}</members>`).join('\n');
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
    <types>
${members}
        <name>Flow</name>
    </types>
    <version>58.0</version>
</Package>
`;
  return [...flows, { path: 'unpackaged/package.xml', text: manifest }];
}
