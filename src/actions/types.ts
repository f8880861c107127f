/**
 * What a user action is (DESIGN.md §5.10, excalidraw's `actions/`): one object per action with its
 * name, shortcut, icon, when it can run and what it does. Toolbar, menus, keyboard shortcuts, the
 * help list, the palette and the outline are all built from these objects.
 */
import type { Node } from '@xyflow/react';
import type { AppStore } from '../store/appStore';
import type { AppState } from '../store/storeTypes';

/** A key combination. `mod` is Ctrl on Windows/Linux and Cmd on macOS. */
export interface Shortcut {
  /** `KeyboardEvent.key`, case-insensitive for letters ('z', 'Delete', 'F2', '?'). */
  key: string;
  mod?: boolean;
  shift?: boolean;
  /**
   * Where the key works, when not anywhere: 'design' — with the canvas or the Outline focused. A
   * plain letter (S adds a stage) pressed on a toolbar button or in the Properties panel belongs to
   * what the admin is doing there, not to the design (the Outline reads the same keys, OutlineView.tsx).
   */
  on?: 'design';
}

export type ActionGroup = 'history' | 'insert' | 'edit' | 'clipboard' | 'layout' | 'view' | 'file' | 'library' | 'run' | 'playback' | 'help';

/**
 * When an action can run: 'edit' — only in the editor (the edit lock: document edits and
 * editor-only views are refused while a run is shown); 'run' — only while a run is shown;
 * 'always' — in both.
 */
export type Availability = 'edit' | 'run' | 'always';

/** Where keyboard focus lands after the action (issue 17 documents and tests this per action). */
/** 'design-start': the empty canvas's Create the first stage (a new design); 'properties': the Properties panel's first field. */
export type FocusAfter = 'unchanged' | 'new-element' | 'neighbour' | 'canvas' | 'dialog' | 'run-controls' | 'toolbar' | 'design-start' | 'properties';

export type IconName = 'undo' | 'redo' | 'stage' | 'sync' | 'interactive' | 'decision' | 'delete' | 'tidy' | 'fit' | 'grid' | 'find' | 'export' | 'import' | 'image' | 'link' | 'library' | 'scenarios' | 'help' | 'run' | 'exit' | 'play' | 'pause' | 'step-forward' | 'step-back' | 'reset' | 'copy' | 'paste' | 'duplicate' | 'rename' | 'xml'
  | 'file' | 'new' | 'folder' | 'versions' | 'save' | 'chevron' | 'theme' | 'plus' | 'connect' | 'fault' | 'compare';

/** What an action can reach besides the store: the canvas and the toolbar's file input, when mounted. */
export interface ActionContext {
  store: AppStore;
  /** The canvas's nodes as React Flow has them (pictures of the design). */
  getCanvasNodes?: () => Node[];
  /** A big design's stage sketches for a picture of `nodes` (drawn on screen by a canvas the picture does not see). */
  sketchPicture?: (nodes: Node[]) => Element | null;
  /** Opens the Import file picker. */
  pickImportFile?: () => void;
  /** Asks for an SFDX project folder and lists its orchestrations (docs/projects.md). */
  openProjectFolder?: () => Promise<void>;
  /** Writes the open design back to the project file it came from (or downloads that file). */
  saveToProject?: () => Promise<void>;
}

export interface Action<Arg = void> {
  /** `noun.verb`, like commands (DESIGN.md §2.5): 'history.undo', 'element.delete'. */
  id: string;
  /** The accessible name of its button (UI-CONTRACT names are kept exactly). */
  label: string;
  /** A sentence for the tooltip and the help list. */
  description: string;
  group: ActionGroup;
  icon?: IconName;
  shortcuts?: readonly Shortcut[];
  when: Availability;
  /** Extra condition besides `when` (something selected, something to undo…). */
  enabled?(state: AppState): boolean;
  /** Why `enabled` says no, for the admin (shown under a disabled menu item). */
  disabledReason?(state: AppState): string;
  /**
   * What the tooltip says instead of `description` while the action is enabled but has nothing to
   * do (Step forward at the end of a run: "Already at the end of the run"), so it is not disabled.
   */
  idleNote?(state: AppState): string | undefined;
  /** For toggles: whether it is on. */
  pressed?(state: AppState): boolean;
  perform(context: ActionContext, arg: Arg): unknown;
  focusAfter: FocusAfter;
  /**
   * Acts on the selection (Delete, F2, copy…): its shortcut pressed on a canvas element that has
   * keyboard focus but is not selected acts on that element (useShortcuts.ts selects it first).
   */
  actsOnSelection?: boolean;
}

/** An action of any argument type, as the registry keeps them (`perform` is a method, so checked bivariantly). */
export type AnyAction = Action<unknown>;
