/** The toolbar: history, layout and view, file, library, run — built from the action registry (names are the UI contract's). */
import type { ChangeEvent, RefObject } from 'react';
import { exportJsonAction, exportPngAction, exportSvgAction, exportXmlAction, importAction, shareLinkAction } from '../actions/fileActions';
import { redoAction, undoAction } from '../actions/historyActions';
import { openFolderAction, saveToProjectAction } from '../actions/projectActions';
import { designsAction, scenariosAction, shortcutsAction } from '../actions/libraryActions';
import { runAction } from '../actions/runActions';
import type { Action } from '../actions/types';
import { findAction, fitViewAction, snapToGridAction, tidyUpAction } from '../actions/viewActions';
import { ActionButton } from '../ui/ActionButton';

const GROUPS: readonly (readonly Action[])[] = [
  [undoAction, redoAction],
  [tidyUpAction, fitViewAction, snapToGridAction, findAction],
  [exportJsonAction, exportXmlAction, importAction, exportPngAction, exportSvgAction, shareLinkAction],
  [openFolderAction, saveToProjectAction],
  [designsAction, scenariosAction, shortcutsAction],
];

const Separator = () => <span className="mx-1 h-5 w-px bg-ink-400/40" aria-hidden="true" />;

export function Toolbar({ fileInput, onFileChosen }: { fileInput: RefObject<HTMLInputElement | null>; onFileChosen(event: ChangeEvent<HTMLInputElement>): void }) {
  return (
    <div role="toolbar" aria-label="Design tools" className="flex flex-wrap items-center gap-1">
      {GROUPS.map((group, i) => (
        <span key={group[0]!.id} className="contents">
          {i > 0 && <Separator />}
          {group.map((action) => <ActionButton key={action.id} action={action} />)}
        </span>
      ))}
      <input ref={fileInput} type="file" accept=".json,.xml,application/json,application/xml,text/xml" className="hidden" aria-hidden="true" tabIndex={-1} onChange={onFileChosen} />
      <ActionButton action={runAction} primary />
    </div>
  );
}
