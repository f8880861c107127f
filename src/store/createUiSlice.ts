/**
 * View state: open dialogs, transient notices, the canvas's view options, the in-memory clipboard
 * and how the simulated org behaves. Never part of the history. Whether a run is shown is not here:
 * it is derived from the run slice (`selectRunning`).
 */
import type { ProjectObjects } from '../io/project/types';
import type { ProjectFlowOffer } from '../io/project/projectFlowOffer';
import type { Problem } from '../model/types';
import type { SliceCreator } from './storeTypes';

/** A problem a notice names: the element to select (null: the orchestration itself) and the problem's path. */
export interface NoticeProblem {
  element: string | null;
  path: string;
}

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
  /** The problem the notice names (Run or Export blocked): its Show it lands in the problem's field. */
  problem?: NoticeProblem;
  /** The notice reports an edit: it offers Undo. */
  undo?: boolean;
  /** The notice names one problem of several (Run or Export blocked): it offers the list of all (panels/problems/ProblemList.tsx). */
  allProblems?: boolean;
  /** The import report the notice stands in for (nothing in it to act on): it offers to show it (and fades as any notice: File ▸ Show project report… shows it again). */
  report?: ImportReport;
}

/** The report after an import: what was wrong (refused) or what to look at (warnings). */
export interface ImportReport {
  fileName: string;
  ok: boolean;
  problems: Problem[];
}

export type AppDialog = 'library' | 'versions' | 'saveVersion' | 'scenarios' | 'help' | 'compare';

/**
 * The project file the open design came from (docs/projects.md), so "Save to project" knows where
 * it goes: the orchestration's API name and path inside the project, and whether the folder can be
 * written (a folder opened with the File System Access API) or the file is downloaded instead.
 */
export interface ProjectFileLink {
  project: string;
  apiName: string;
  path: string;
  writable: boolean;
  /**
   * The fields the project's object metadata declares on the trigger object, when it has any
   * (src/io/project/objectFields.ts): Scenarios reads a lookup's object from them.
   */
  objects?: ProjectObjects;
  /**
   * The stages, steps, decisions and outcomes (`Decision.Outcome`) the project's file holds (as
   * opened, then as last saved; commands/queries.ts projectFileNames): their API names name the
   * file's elements, so a new label leaves them as they are, as Flow Builder never renames a saved
   * element (panels/fields/LabelField.tsx, panels/decision/OutcomeEditor.tsx).
   */
  savedNames?: readonly string[];
  /** The project's flows the design does not call yet, offered in the Flow pickers (io/project/projectFlowOffer.ts). */
  flowOffer?: ProjectFlowOffer;
  /**
   * The stored Checkboxes of an object no pass of the project's reading read, read from its field
   * files when asked (io/project/scenarioCheckboxes.ts): Scenarios gives a record it adds of such an
   * object those fields, false, as the command line's run gives them to a scenario's records.
   */
  checkboxesOf?: (object: string) => Promise<string[]>;
  /**
   * A new orchestration started in the project and not saved yet: the link is to the design opened
   * then (its `session` and `openings`), whatever API name it takes, and its file is to be
   * `<folder>/<API name><suffix>` (`apiName` and `path` are not used until the first save).
   */
  newFile?: { session: number; openings: number; folder: string; suffix: string };
}

export interface FitRequest {
  /** Incremented on each request, so the canvas sees a new one. */
  count: number;
  /** Animation length of the move, in ms. */
  duration: number;
  /**
   * `open`: as a design opens (fitted when that is readable, else readable on its beginning);
   * `all`: everything in view (Fit view).
   */
  mode: 'open' | 'all';
}

/**
 * Where the element being dragged (a step card, or a palette item) would land if dropped now: the
 * stage it would join (the canvas outlines it) and what the drop would do, in words (said below
 * the canvas and to screen readers). `stage` is null when the drop would be refused.
 */
export interface DropTarget {
  stage: string | null;
  text: string;
}

/** The colour theme the user chose; 'system' follows `prefers-color-scheme`. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface UiSlice {
  /** True until the start design (sample, saved design, share link) is open. */
  starting: boolean;
  /** The palette and outline column is folded away to give the canvas room. */
  sideFolded: boolean;
  notices: readonly Notice[];
  nextNoticeId: number;
  /** Canvas: node moves snap to the grid. */
  snapToGrid: boolean;
  /** The element whose label is being edited in place, if any. */
  renaming: string | null;
  searchOpen: boolean;
  dialog: AppDialog | null;
  /** Why the connection being dragged cannot be made (shown while dragging). */
  connectionHint: string | null;
  /** What dropping the dragged element here would do (shown while dragging). */
  dropTarget: DropTarget | null;
  /** The canvas frames the design when this changes (a design was opened, Fit view). */
  fitRequest: FitRequest;
  /** The canvas pans an element chosen outside it (the outline) into view when this changes. */
  revealRequest: { count: number; element: string | null };
  /** Run view: the canvas pans to the element a run event changes when it is out of view. */
  followRun: boolean;
  /** Following was turned off by a pan by hand, not by the checkbox: the next run follows again. */
  followStoppedByPan: boolean;
  /** The last copied fragment (FORMAT JSON text), kept when the system clipboard is blocked. */
  clipboard: string | null;
  /** The last import's report while it is shown. */
  importReport: ImportReport | null;
  /**
   * The report of the open design's opening from a project, with the opening it belongs to (its
   * `session` and `openings`): File ▸ Show project report… shows it again while that design is open
   * (`selectOpenedReport`); another design opened or a new one started leaves it behind.
   */
  openedReport: { report: ImportReport; session: number; openings: number } | null;
  /** Where the open design was opened from in a project, if it was. */
  projectFile: ProjectFileLink | null;
  /** Simulated org: delay of every request, in ms. */
  orgLatencyMs: number;
  theme: ThemeChoice;
  /** The system prefers a dark theme (kept in step with `prefers-color-scheme` by the app). */
  systemDark: boolean;
  /** Simulated org: every request fails ("Simulate org errors"). */
  simulateOrgErrors: boolean;
  requestFit(mode?: FitRequest['mode'], duration?: number): void;
  /** Asks the canvas to bring `element` into view (it pans only when it is out of view). */
  requestReveal(element: string): void;
  /** The checkbox's choice, kept from run to run. */
  setFollowRun(on: boolean): void;
  /** A pan by hand turns following off for the run shown (the next run follows again). */
  stopFollowByPan(): void;
  setStarting(starting: boolean): void;
  setSideFolded(folded: boolean): void;
  notify(kind: Notice['kind'], text: string, problem?: NoticeProblem, undo?: boolean, allProblems?: boolean, report?: ImportReport): void;
  dismiss(id: number): void;
  setSnapToGrid(on: boolean): void;
  setRenaming(name: string | null): void;
  setDialog(dialog: AppDialog | null): void;
  setSearchOpen(open: boolean): void;
  setConnectionHint(hint: string | null): void;
  setDropTarget(target: DropTarget | null): void;
  setClipboard(text: string | null): void;
  setImportReport(report: ImportReport | null): void;
  /** Keeps `report` as the report of the design open now (its opening from a project). */
  keepOpenedReport(report: ImportReport): void;
  setProjectFile(link: ProjectFileLink | null): void;
  setSimulateOrgErrors(on: boolean): void;
  setOrgLatency(ms: number): void;
  setTheme(theme: ThemeChoice, systemDark?: boolean): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  starting: true,
  sideFolded: false,
  notices: [],
  nextNoticeId: 1,
  snapToGrid: true,
  renaming: null,
  searchOpen: false,
  dialog: null,
  connectionHint: null,
  dropTarget: null,
  fitRequest: { count: 0, duration: 0, mode: 'open' },
  revealRequest: { count: 0, element: null },
  followRun: true,
  followStoppedByPan: false,
  clipboard: null,
  importReport: null,
  openedReport: null,
  projectFile: null,
  orgLatencyMs: 300,
  simulateOrgErrors: false,
  theme: 'system',
  systemDark: false,
  requestFit(mode = 'open', duration = 0) {
    set({ fitRequest: { count: get().fitRequest.count + 1, duration, mode } });
  },
  requestReveal(element) {
    set({ revealRequest: { count: get().revealRequest.count + 1, element } });
  },
  setFollowRun(followRun) {
    set({ followRun, followStoppedByPan: false });
  },
  stopFollowByPan() {
    if (get().followRun) set({ followRun: false, followStoppedByPan: true });
  },
  setStarting(starting) {
    if (get().starting !== starting) set({ starting });
  },
  setSideFolded(sideFolded) {
    set({ sideFolded });
  },
  notify(kind, text, problem, undo, allProblems, report) {
    const id = get().nextNoticeId;
    // The same message again replaces the earlier one (it restarts its timer) instead of stacking.
    set({ nextNoticeId: id + 1, notices: [...get().notices.filter((n) => n.text !== text).slice(-4), { id, kind, text, ...(problem ? { problem } : {}), ...(undo ? { undo } : {}), ...(allProblems ? { allProblems } : {}), ...(report ? { report } : {}) }] });
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  setSnapToGrid(snapToGrid) {
    set({ snapToGrid });
  },
  setRenaming(renaming) {
    if (get().renaming !== renaming) set({ renaming });
  },
  setDialog(dialog) {
    set({ dialog });
  },
  setSearchOpen(searchOpen) {
    set({ searchOpen });
  },
  setConnectionHint(connectionHint) {
    if (get().connectionHint !== connectionHint) set({ connectionHint });
  },
  setDropTarget(dropTarget) {
    // Called on every pointer move of a drag: only a change of place or words is a new state.
    const now = get().dropTarget;
    if (now === dropTarget || (now && dropTarget && now.stage === dropTarget.stage && now.text === dropTarget.text)) return;
    set({ dropTarget });
  },
  setClipboard(clipboard) {
    set({ clipboard });
  },
  setImportReport(importReport) {
    set({ importReport });
  },
  keepOpenedReport(report) {
    set({ openedReport: { report, session: get().session, openings: get().openings } });
  },
  setProjectFile(projectFile) {
    set({ projectFile });
  },
  setSimulateOrgErrors(simulateOrgErrors) {
    set({ simulateOrgErrors });
  },
  setOrgLatency(ms) {
    set({ orgLatencyMs: Math.max(0, ms) });
  },
  setTheme(theme, systemDark = get().systemDark) {
    set({ theme, systemDark });
  },
});
