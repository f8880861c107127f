/**
 * Choosing an orchestration of a project read in the app (docs/projects.md): the picker lists the
 * project's orchestrations (projectState.ts); the one chosen opens with the flows it calls and the
 * scenarios kept beside it, and the import report says what the conversion kept or guessed and
 * which flows became placeholders.
 */
import { openRead } from '../../actions/documentIo';
import { readOrchestration } from '../../actions/readOrchestration';
import { openOrchestration } from '../../io/project/openOrchestration';
import { reportProblem } from '../../io/project/reportProblem';
import { KEPT_VERBATIM } from '../../io/xml/keptVerbatim';
import { projectChecks } from '../../io/project/projectChecks';
import { projectFlowOffer } from '../../io/project/projectFlowOffer';
import { flowFileSuffix, folderOf } from '../../io/project/paths';
import { DEFAULT_FLOWS_FOLDER, FLOW_FILE_SUFFIX } from '../../io/project/types';
import { emptyOrchestration } from '../../model/factories';
import { designStorage } from '../../store/designStorage';
import { scenarioNameOfFile } from '../../io/project/scenarioFiles';
import { isBlankName } from '../../model/blankName';
import { importScenario } from '../../io/documentImport';
import type { Project, ProjectFile, ProjectProblem } from '../../io/project/types';
import { unreadable } from '../../io/project/unreadable';
import type { ScenarioOnDisk } from '../../io/project/scenarioSaves';
import type { Orchestration, Problem, Scenario } from '../../model/types';
import type { AppStore } from '../../store/appStore';
import type { ImportReport } from '../../store/createUiSlice';
import { focusDesignStart } from '../../ui/focusDesignStart';
import { designToKeep, leaveOpenDesign, replacedChanges } from './keepOpenDesign';
import { useProjectSession } from './projectState';

/** A part of the file kept verbatim (a note, as the report lists it apart), not something to fix. */
const keptAsWritten = (problem: Problem): boolean => problem.severity !== 'error' && problem.message.includes(KEPT_VERBATIM);
import { checkboxesOfProject } from './zipCheckboxes';
import { projectFileNames } from '../../commands/queries';

/**
 * Shows the orchestrations of `project` to choose from, or to start a new one with its flows; a
 * project without any flow is reported (with what could not be read) and nothing else changes.
 */
export function offerProject(store: AppStore, project: Project, name: string, handle: FileSystemDirectoryHandle | null): void {
  if (project.orchestrations.length === 0 && project.flows.length === 0) {
    store.getState().setImportReport({
      fileName: name, ok: false,
      problems: [
        ...project.problems.filter((p) => p.severity !== 'info').map(reportProblem),
        // an input not read at all (not a .zip, too large) says so already
        // placed at the folder (or .zip) opened, where the report said "document", a word for a file imported
        ...(unreadable(project) ? [] : [{ path: name, message: `no orchestration was found${project.incomplete ? ' among the files read' : ''} (no *.flow-meta.xml or *.flow file with <processType>Orchestrator</processType>)`, severity: 'error' as const }]),
      ],
    });
    return;
  }
  useProjectSession.setState({ picking: { project, name, handle } });
}

export function closePicker(): void {
  useProjectSession.setState({ picking: null });
}

/** Where a new orchestration's file goes: beside the project's flows (the first by path), else the SFDX default. */
function newFileFolder(project: Project): { folder: string; suffix: string } {
  const first = [...project.flows].map((f) => f.path).sort()[0];
  if (!first) return { folder: DEFAULT_FLOWS_FOLDER, suffix: FLOW_FILE_SUFFIX };
  return { folder: folderOf(first), suffix: flowFileSuffix(first) ?? FLOW_FILE_SUFFIX };
}

/**
 * "New orchestration" in the picker: an empty design, linked to the project being picked from as a
 * new orchestration of it — its Flow pickers offer the project's flows, and Save to project writes
 * it as a new file beside them, named by its API name then (docs/projects.md).
 */
export async function startInProject(store: AppStore): Promise<void> {
  const picking = useProjectSession.getState().picking;
  if (!picking) return;
  const { project, name, handle } = picking;
  closePicker();
  // as "New design": the open design is kept in Designs first
  if (store === designStorage.store) await designStorage.flush();
  store.getState().openUnsavedDesign(emptyOrchestration(), []);
  const { session, openings, doc } = store.getState();
  const { folder, suffix } = newFileFolder(project);
  useProjectSession.setState({ current: { project, name, handle, opened: { apiName: doc.name, path: '', text: '', scenarios: [] } } });
  const flowOffer = projectFlowOffer(project, name, `${folder}/${doc.name}${suffix}`);
  store.getState().setProjectFile({
    project: name, apiName: doc.name, path: '', writable: handle !== null, savedNames: [],
    flowOffer,
    checkboxesOf: (object) => checkboxesOfProject(project, object),
    newFile: { session, openings, folder, suffix },
  });
  // the project's checks are made for one of its orchestrations' trigger objects: none yet
  store.getState().setExtraChecks(null);
  // the flows its steps can call: those a trigger starts are not among them (projectFlowOffer.ts)
  const flows = flowOffer.flows.length;
  focusDesignStart();
  store.getState().notify('info', `New orchestration in ${name}: its steps can call the project's ${flows} flow${flows === 1 ? '' : 's'}. Save to project writes it beside them, in ${folder}.`);
}

/**
 * A failed opening's report, shown and kept: File ▸ Show project report… shows it again once closed,
 * while the design left open stays (*chosen*, docs/projects.md): the admin mending the project's
 * files wants the list of what to fix back, where the item said there was no report. Another design
 * opened or started leaves it behind, as it does an opened design's report.
 */
function showFailedOpening(store: AppStore, report: ImportReport): void {
  store.getState().setImportReport(report);
  store.getState().keepOpenedReport(report);
}

/**
 * Opens the orchestration `apiName` of the project being picked from, with the flows it calls: the
 * import report then says what the conversion kept or guessed and which flows became placeholders
 * (with the file that was looked for). A failed opening leaves the open design as it was.
 */
export async function openFromProject(store: AppStore, apiName: string): Promise<void> {
  const picking = useProjectSession.getState().picking;
  if (!picking) return;
  const { project, name, handle } = picking;
  closePicker();
  const opened = openOrchestration(project, apiName);
  const fileName = `${name}: ${apiName}`;
  if (!opened.ok) {
    showFailedOpening(store, { fileName, ok: false, problems: opened.report.map(reportProblem) });
    return;
  }
  const kept = designToKeep(store, opened.doc.name);
  if (kept !== null) await leaveOpenDesign(store);
  const { doc: before, designId } = store.getState();
  // A design read from a project opens with its validation errors (docs/projects.md): a draft in the
  // works may be incomplete, and the admin can only mend it once it is open. The errors block a run,
  // exports and saving, as for any design, and the report lists them. Only a document that cannot be
  // read at all (no design comes back) is refused.
  const read = readOrchestration(opened.doc);
  const loaded = openRead(store, !read.ok && read.doc ? { ok: true, doc: read.doc, problems: read.problems } : read);
  // a project file that could not be read is an error of the project, not of this design: the design
  // opened and runs without it (its flows became placeholders, warned about), so it is a warning here —
  // the report counted it among the problems "to fix before it can run" while Run ran (the command line
  // says ok); only the design's own errors block a run
  const projectWide = project.problems.filter((p) => p.severity !== 'info').map((p) => (loaded.ok ? { ...reportProblem(p), severity: 'warning' as const } : reportProblem(p)));
  const problems: Problem[] = [...projectWide, ...opened.report.map(reportProblem), ...loaded.problems];
  if (!loaded.ok) {
    showFailedOpening(store, { fileName, ok: false, problems });
    return;
  }
  // the scenarios kept beside it in the project (where stageflow test finds them) replace the open ones
  const scenarios = readProjectScenarios(project.scenarioFiles?.get(opened.orchestration.apiName) ?? [], opened.doc);
  if (scenarios.list.length) store.getState().setScenarios(scenarios.list);
  problems.push(...scenarios.problems.map(reportProblem));
  const path = opened.orchestration.path;
  const text = project.files.get(opened.orchestration.apiName)?.text ?? '';
  useProjectSession.setState({ current: { project, name, handle, opened: { apiName: opened.doc.name, path, text, scenarios: scenarios.read } } });
  store.getState().setProjectFile({
    project: name, apiName: opened.doc.name, path, writable: handle !== null,
    ...(project.objects ? { objects: project.objects } : {}),
    savedNames: projectFileNames(opened.doc),
    // the project's other flows, so a new step or condition can call one of them
    flowOffer: projectFlowOffer(project, name, path),
    // a record Scenarios adds of an object no pass read gets its Checkboxes (scenarioCheckboxes.ts)
    checkboxesOf: (object) => checkboxesOfProject(project, object),
  });
  // the project's checks stay live while the design is edited (undeclared fields, picklist values)
  store.getState().setExtraChecks(project.objects ? projectChecks(project.objects, opened.doc.name) : null);
  const openedText = `Opened ${apiName} from ${name}${scenarios.list.length ? `, with ${scenarios.list.length === 1 ? 'its scenario' : `its ${scenarios.list.length} scenarios`}` : ''}`;
  // *chosen* (docs/projects.md): a report of parts kept as written alone has nothing to act on, so
  // no dialog to close — a notice says so and offers the report
  // the notice offering the report of a design opened before goes at once, not when it fades (a
  // pointer or focus on it holds it): it no longer speaks of the open one
  for (const notice of store.getState().notices) if (notice.report) store.getState().dismiss(notice.id);
  // File ▸ Show project report… shows it again while this design is open, whichever way it was shown
  store.getState().keepOpenedReport({ fileName, ok: true, problems });
  if (problems.length && problems.every(keptAsWritten)) store.getState().notify('info', `${openedText}: nothing to fix or check; ${problems.length === 1 ? '1 part' : `${problems.length} parts`} kept as written.`, undefined, undefined, undefined, { fileName, ok: true, problems });
  else if (problems.length) store.getState().setImportReport({ fileName, ok: true, problems });
  else store.getState().notify('info', `${openedText}.`);
  if (kept !== null) store.getState().notify('info', `“${kept}” stays in Designs (File ▸ Designs…); ${apiName} opened as a design of its own.`);
  else if (replacedChanges(before, designId, store.getState().doc)) store.getState().notify('info', `${apiName} opened as its file has it, over your changes not saved to the project: Undo (Ctrl+Z) brings them back, and File ▸ Designs… keeps them as the version “before an import”.`);
}

/**
 * The scenario files kept beside an orchestration, read as a scenario file given to the command
 * line is (structure, and the design's names: warnings): the usable ones, named after their file
 * when they carry no name, and the problems of each, at its file.
 */
export function readProjectScenarios(files: readonly ProjectFile[], doc: Orchestration): { list: Scenario[]; read: ScenarioOnDisk[]; problems: ProjectProblem[] } {
  const list: Scenario[] = [];
  const read: ScenarioOnDisk[] = [];
  const problems: ProjectProblem[] = [];
  for (const file of files) {
    const result = importScenario(file.text, doc);
    // the orchestration opened either way: a scenario file's problems are warnings of that file
    const at = (lead: string) => (p: Problem): ProjectProblem => ({ file: file.path, path: p.path, severity: 'warning', message: `${lead}${p.message}` });
    if (!result.ok) {
      problems.push(...result.problems.slice(0, 3).map(at('scenario not used: ')));
      continue;
    }
    problems.push(...result.problems.map(at('scenario: ')));
    // a blank name is no name, as stageflow test takes it (docs/cli.md): the file's name
    const scenario = result.doc.name !== undefined && !isBlankName(result.doc.name) ? result.doc : { ...result.doc, name: scenarioNameOfFile(file.path) };
    list.push(scenario);
    read.push({ path: file.path, scenario });
  }
  return { list, read, problems };
}
