/**
 * The canvas's context menu (Radix DropdownMenu, opened at the pointer or at the focused element):
 * the entries of `actions/canvasMenu.ts` for what was targeted. The chosen action runs after the
 * menu has closed and focus is back on the canvas, then focus lands on what it created.
 */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useEffect, useRef, useState } from 'react';
import { canvasMenu, type CanvasMenuItem, type CanvasTarget } from '../actions/canvasMenu';
import { performAction } from '../actions/registry';
import type { Action } from '../actions/types';
import { useActionContext } from '../actions/useActionContext';
import { useAppStore } from '../store/appStore';
import { ActionIcon } from '../ui/ActionIcon';
import { moveMenuFocusNow } from '../ui/menuFocus';
import { ActionMenuItem, MenuSeparator, menuContentClass, menuItemClass, type MenuEntry } from '../ui/ActionMenuItems';
import { focusCanvasElement } from './focusElement';

export interface OpenCanvasMenu {
  target: CanvasTarget;
  x: number;
  y: number;
  /** Where focus goes back to when the menu closes. */
  returnFocus: HTMLElement | SVGElement | null;
  /** Opened with Shift+F10 or the context-menu key: the first item gets focus, as in native menus. */
  byKeyboard: boolean;
  /** Which opening this is (each opening is a menu of its own, even at the same place). */
  id: number;
}

const focusFirstItem = (content: HTMLElement | null) => content?.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus();

const TARGET_NAMES: Record<CanvasTarget['kind'], string> = { element: 'Element', edge: 'Connector', selection: 'Selection', pane: 'Canvas' };

/** `onReady`: the menu opened from the keyboard has focus on its first item, and takes the keys pressed since. */
export default function CanvasMenu({ menu, onClose, onReady }: { menu: OpenCanvasMenu; onClose(): void; onReady?(): void }) {
  const context = useActionContext();
  const [open, setOpen] = useState(true);
  const chosen = useRef<CanvasMenuItem | null>(null);
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu.byKeyboard) return;
    // After Radix has focused the menu itself (it does so when opened without its trigger).
    const frame = requestAnimationFrame(() => {
      focusFirstItem(content.current);
      onReady?.();
    });
    return () => cancelAnimationFrame(frame);
  }, [menu.byKeyboard, onReady]);
  const groups = canvasMenu(useAppStore.getState().doc, menu.target);
  const choose = (entry: MenuEntry) => {
    chosen.current = entry as CanvasMenuItem;
  };

  // Escape gives focus back at once: Radix does it a task after the menu has gone, and a key pressed
  // in between (Shift+F10 to open it again, Delete) fell on the page, outside the canvas.
  const giveFocusBackNow = () => {
    const back = menu.returnFocus;
    if (back?.isConnected) back.focus({ preventScroll: true });
  };
  const afterClose = (event: Event) => {
    event.preventDefault();
    const back = menu.returnFocus;
    // Focus goes back only from the menu (Escape, an item): a press outside that put it elsewhere (a
    // node clicked while the menu was open) leaves it there, or Delete would act on the menu's target.
    const active = document.activeElement;
    const fromMenu = !active || active === document.body || !active.isConnected || content.current?.contains(active);
    if (back?.isConnected && fromMenu) back.focus({ preventScroll: true });
    const entry = chosen.current;
    onClose();
    if (!entry) return;
    const outcome = performAction(context, entry.action as Action<unknown>, entry.arg);
    if (outcome.performed && entry.action.focusAfter === 'new-element' && typeof outcome.result === 'string') focusCanvasElement(outcome.result);
  };

  return (
    // Not modal, as the toolbar's menus: a modal menu hides the rest of the page with aria-hidden while
    // its buttons stay focusable (axe: aria-hidden-focus, serious). Keys stay in the menu (Radix menus
    // take Tab), a press outside still closes it, and a right-click elsewhere opens that menu at once.
    <Menu.Root open={open} onOpenChange={setOpen} modal={false}>
      <Menu.Trigger asChild>
        <span aria-hidden="true" style={{ position: 'fixed', left: menu.x, top: menu.y, width: 1, height: 1 }} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          aria-label={`${TARGET_NAMES[menu.target.kind]} menu`}
          align="start"
          sideOffset={2}
          className={menuContentClass}
          ref={content}
          onCloseAutoFocus={afterClose}
          onEscapeKeyDown={giveFocusBackNow}
          onKeyDownCapture={moveMenuFocusNow}
        >
          {groups.map((group, i) => (
            <Menu.Group key={group.submenu ?? i}>
              {i > 0 && <MenuSeparator />}
              {group.submenu ? (
                <Menu.Sub>
                  <Menu.SubTrigger className={menuItemClass} disabled={!group.items.length}>
                    <span className="w-4">
                      <ActionIcon name={group.icon ?? 'connect'} />
                    </span>
                    <span className="flex-1">{group.submenu}</span>
                    <span aria-hidden="true">▸</span>
                  </Menu.SubTrigger>
                  <Menu.Portal>
                    <Menu.SubContent className={menuContentClass} sideOffset={4} onKeyDownCapture={moveMenuFocusNow}>
                      {group.items.map((entry, j) => <ActionMenuItem key={j} entry={entry} ellipsis={false} onChoose={choose} />)}
                    </Menu.SubContent>
                  </Menu.Portal>
                </Menu.Sub>
              ) : (
                group.items.map((entry, j) => <ActionMenuItem key={j} entry={entry} ellipsis={false} onChoose={choose} />)
              )}
            </Menu.Group>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
