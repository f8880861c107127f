/**
 * Module-level selectors of the app store, so components subscribe to the smallest part and never
 * re-create them (DESIGN.md §5.3). Parameterised selectors (one element's status) are made once
 * per component with `useMemo` or live in the hook that needs them.
 */
import type { Scenario } from '../model/types';
import { defaultScenario } from './createScenarioSlice';
import type { ProblemIndex } from './problems';
import type { AppState, HistoryState } from './storeTypes';
import type { TemporalState } from 'zundo';

export const selectDoc = (s: AppState) => s.doc;
export const selectDocLabel = (s: AppState) => s.doc.label ?? s.doc.name;
/** The validation problems of the open document (validated once per document version). */
export const selectProblems = (s: AppState): ProblemIndex => s.problemMemo.indexOf(s.doc);

/** The report of the open design's opening from a project, while that opening is the open design; else null. */
export function selectOpenedReport(s: AppState) {
  const kept = s.openedReport;
  return kept && kept.session === s.session && kept.openings === s.openings ? kept.report : null;
}

/**
 * The open design is the project's orchestration: the one opened from it (same API name), or a new
 * one started in it (the same opening of the design, whatever its API name now).
 */
export function selectInProject(s: AppState): boolean {
  const link = s.projectFile;
  if (!link) return false;
  if (link.newFile) return link.newFile.session === s.session && link.newFile.openings === s.openings;
  return link.apiName === s.doc.name;
}

/** The project file the open design is (or, new, will be) written to; null when it is not the project's. */
export function selectProjectPath(s: AppState): string | null {
  const link = s.projectFile;
  if (!link || !selectInProject(s)) return null;
  return link.newFile ? `${link.newFile.folder}/${s.doc.name}${link.newFile.suffix}` : link.path;
}

/** The project's flows offered to the open design, while it is the project's orchestration. */
export const selectProjectFlowOffer = (s: AppState) => (selectInProject(s) ? s.projectFile?.flowOffer : undefined);

/**
 * The project's object metadata (io/project/objectFields.ts) while the open design is the
 * orchestration opened from that project (same API name, as Save to project requires), else
 * undefined.
 */
export const selectProjectObjects = (s: AppState) => (selectInProject(s) ? s.projectFile?.objects : undefined);

/**
 * Whether the element `name` is one of the project file's own (ProjectFileLink.savedNames) while the
 * open design is that file's orchestration: its API name stays when its label changes.
 */
export const selectSavedInProject = (s: AppState, name: string): boolean => selectInProject(s) && (s.projectFile?.savedNames?.includes(name) ?? false);

/** A run is shown (the design is read-only): derived from the run slice's one phase field. */
export const selectRunning = (s: Pick<AppState, 'runPhase'>) => s.runPhase !== 'idle';
/**
 * What the app's shell shows around the canvas that takes room from its pane (App.tsx): the run
 * controls, the folded side column, the conflict bar. While it stays the same the pane keeps its
 * size (useFitRequests.ts measures it before a commit then). Keep it in step with App.tsx.
 */
export const selectCanvasShell = (s: Pick<AppState, 'runPhase' | 'sideFolded' | 'saveStatus'>) =>
  `${selectRunning(s)}|${s.sideFolded}|${s.saveStatus === 'conflict'}`;
/** Document edits are allowed (the edit lock is open). */
export const selectCanEdit = (s: Pick<AppState, 'runPhase'>) => s.runPhase === 'idle';
/** The run's statuses can be shown: a trace is replayed. */
export const selectRunShown = (s: AppState) => s.runPhase === 'ready' && s.snapshot !== null;

export const selectSelected = (s: AppState) => s.selected;
export const selectSelectedEdges = (s: AppState) => s.selectedEdges;
/** Exactly one element is selected: its name. */
export const selectSingleSelected = (s: AppState) => (s.selected.length === 1 ? s.selected[0]! : null);
/** A design with nothing on the canvas (a new design): Select all, Tidy up and Fit view have nothing to act on. */
export const selectDesignEmpty = (s: Pick<AppState, 'doc'>) => s.doc.stages.length === 0 && (s.doc.decisions ?? []).length === 0;
export const selectHasSelection = (s: AppState) => s.selected.length > 0 || s.selectedEdges.length > 0;

export const selectSnap = (s: AppState) => s.snapToGrid;
export const selectNotices = (s: AppState) => s.notices;
export const selectConnectionHint = (s: AppState) => s.connectionHint;
export const selectDropTarget = (s: AppState) => s.dropTarget;
export const selectDialog = (s: AppState) => s.dialog;

/** The scenario Run uses. */
export const selectActiveScenario = (s: Pick<AppState, 'scenarios' | 'activeScenario'>): Scenario => s.scenarios[s.activeScenario] ?? defaultScenario();

type History = TemporalState<HistoryState>;
export const selectCanUndo = (h: History) => h.pastStates.length > 0;
export const selectCanRedo = (h: History) => h.futureStates.length > 0;

/** Whether the dark theme is shown: the user's choice, else the system's preference. */
export const selectDark = (s: AppState): boolean => (s.theme === 'system' ? s.systemDark : s.theme === 'dark');
