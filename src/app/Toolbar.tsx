/**
 * The toolbar, in one row at 1280 px: history | layout and view | File ▾, Import, Export + formats ▾ |
 * scenarios, help, theme | Run. Icon buttons carry their name in a tooltip (Radix); the menus are
 * built from the action registry (`actions/menus.ts`). Names are the UI contract's: "Undo", "Redo",
 * "Tidy up", "Fit view", "Export", "Import", "Run" each match exactly one control. While a run is
 * shown the editing toolbar goes; `RunViewTools` keeps the header's tools that are not edits.
 */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { exportJsonAction, importAction } from '../actions/fileActions';
import { redoAction, undoAction } from '../actions/historyActions';
import { scenariosAction, shortcutsAction } from '../actions/libraryActions';
import { exportMenuActions, fileMenuActions } from '../actions/menus';
import { runAction } from '../actions/runActions';
import type { Action, AnyAction } from '../actions/types';
import { findAction, fitViewAction, snapToGridAction, themeAction, tidyUpAction } from '../actions/viewActions';
import { ActionIcon } from '../ui/ActionIcon';
import { ActionMenuItem, menuContentClass } from '../ui/ActionMenuItems';
import { moveMenuFocusNow } from '../ui/menuFocus';
import { ActionToolButton, toolButtonClass } from '../ui/ActionToolButton';
import { Tooltip, TooltipProvider } from '../ui/Tooltip';
import { takeDesignStart } from '../ui/focusDesignStart';

const Separator = () => <span data-separator className="mx-1 h-5 w-px bg-ink-400/40" aria-hidden="true" />;

function ToolbarMenu({ name, label, tip, actions, icon, joined }: { name: string; label?: string; tip: string; actions: readonly AnyAction[]; icon: Action['icon']; joined?: boolean }) {
  // A closing menu gives focus back to its button, which would show the button's tip over the notice
  // the chosen item just raised; the tip stays quiet until the pointer comes to the button or focus leaves it.
  const [tipOpen, setTipOpen] = useState(false);
  const quiet = useRef(false);
  return (
    <Menu.Root modal={false} onOpenChange={(open) => { if (open) setTipOpen(false); else quiet.current = true; }}>
      <Tooltip title={name} description={tip} open={tipOpen} onOpenChange={(open) => { if (!open || !quiet.current) setTipOpen(open); }}>
        <Menu.Trigger asChild>
          <button type="button" aria-label={label ? undefined : name} className={`${toolButtonClass()} ${label ? 'px-2.5' : 'w-7 justify-center'} ${joined ? '-ml-1 rounded-l-none' : ''}`}
            onBlur={() => { quiet.current = false; }} onPointerEnter={() => { quiet.current = false; }}>
            {icon && <ActionIcon name={icon} />}
            {label}
            <ActionIcon name="chevron" className="-mr-1 h-3 w-3" />
          </button>
        </Menu.Trigger>
      </Tooltip>
      <Menu.Portal>
        {/* New design sends focus to the empty canvas's first control: the closing menu must not take it back */}
        <Menu.Content align="start" sideOffset={4} className={menuContentClass} onKeyDownCapture={moveMenuFocusNow} onCloseAutoFocus={(e) => { if (takeDesignStart()) e.preventDefault(); }}>
          {actions.map((action) => <ActionMenuItem key={action.id} entry={{ action, ...(action.id === exportJsonAction.id ? { label: 'JSON' } : {}) }} />)}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

export function Toolbar({ fileInput, onFileChosen }: { fileInput: RefObject<HTMLInputElement | null>; onFileChosen(event: ChangeEvent<HTMLInputElement>): void }) {
  return (
    <TooltipProvider>
      <div role="toolbar" aria-label="Design tools" className="flex flex-nowrap items-center gap-1">
        <ActionToolButton action={undoAction} />
        <ActionToolButton action={redoAction} />
        <Separator />
        <ActionToolButton action={tidyUpAction} />
        <ActionToolButton action={fitViewAction} />
        <ActionToolButton action={snapToGridAction} />
        <ActionToolButton action={findAction} />
        <Separator />
        <ToolbarMenu name="File" label="File" icon="file" tip="New, open, import, designs and versions" actions={fileMenuActions()} />
        <ActionToolButton action={importAction} showLabel />
        {/* "Export" itself downloads JSON as it always did; the joined ▾ offers every format. */}
        <ActionToolButton action={exportJsonAction} showLabel className="rounded-r-none" />
        <ToolbarMenu name="More formats" tip="Export as JSON, Flow XML, PNG or SVG picture, or a share link" icon={undefined} actions={exportMenuActions()} joined />
        <Separator />
        <ActionToolButton action={scenariosAction} />
        <ActionToolButton action={shortcutsAction} />
        <ActionToolButton action={themeAction} />
        <input ref={fileInput} type="file" accept=".json,.xml,.flow,.zip,application/json,application/xml,text/xml,application/zip" className="hidden" aria-hidden="true" tabIndex={-1} onChange={onFileChosen} />
        <Separator />
        <ActionToolButton action={runAction} primary showLabel />
      </div>
    </TooltipProvider>
  );
}

/**
 * The header's tools while a run is shown: Find, Shortcuts and Dark mode, the toolbar's actions that
 * work in a run. Without them the theme could only be switched by leaving the run (docs/editor.md).
 */
export function RunViewTools() {
  return (
    <TooltipProvider>
      <div role="toolbar" aria-label="View tools" className="flex flex-nowrap items-center gap-1">
        <ActionToolButton action={findAction} />
        <ActionToolButton action={shortcutsAction} />
        <ActionToolButton action={themeAction} />
      </div>
    </TooltipProvider>
  );
}
