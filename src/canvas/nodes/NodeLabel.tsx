/** A node's label; while renaming in place (F2 / double-click) an input that commits on Enter or blur. */
import { useRef, useState } from 'react';
import { setLabelAction } from '../../actions/elementActions';
import { useAction } from '../../actions/useAction';
import { useAppStore } from '../../store/appStore';
import { focusCanvasElement } from '../focusElement';

interface Props {
  name: string;
  label: string;
  /** The kind icon class (`sf-icon-stage`, `sf-icon-async`…), see nodes.css. */
  className?: string;
  /** Leaves room for the problem marker at the right. */
  marked?: boolean;
  /** A character shown in place of the kind icon (a run status glyph). */
  glyph?: string;
}

/** The label wraps onto as many lines as it needs (the layout gave the card room for them). */
export function NodeLabel({ name, label, className = '', marked = false, glyph }: Props) {
  const renaming = useAppStore((s) => s.renaming === name);
  if (!renaming) {
    return <span className={`sf-label ${className}${marked ? ' sf-has-marker' : ''}${glyph ? ' sf-glyph' : ''}`} data-glyph={glyph} title={label}>{label}</span>;
  }
  return <RenameInput name={name} label={label} />;
}

/**
 * Focus goes back where it was (a palette button, a panel) when renaming ends. From a canvas node it
 * goes to the renamed element's node: that node itself, drawn anew under a new API name when the
 * name followed the label, or — when F2 was pressed on a pasted copy before focus had followed the
 * selection to it — the copy, not the original that still held focus (the next Delete or F2 acts on
 * the focused node, useShortcuts.ts).
 *
 * Only when focus is still in the rename field or was lost with it: a frame later, focus the user has
 * put elsewhere meanwhile stays there. A click on the panel's Label field ended the rename (blur) and
 * lost its focus to the node, so what was typed next went to the canvas's shortcuts; F2 pressed
 * right after Enter opened the next rename field, closed again unseen.
 */
function restoreFocus(field: Element, previous: Element | null, renamedTo: string) {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active !== field) return;
    giveFocusBack(previous, renamedTo);
  });
}

/** Focus onto where it was before renaming (a palette button, a panel), or the renamed element's node. */
function giveFocusBack(previous: Element | null, renamedTo: string) {
  const fromNode = previous instanceof HTMLElement && previous.matches('.react-flow__node');
  if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body && !fromNode) previous.focus();
  else focusCanvasElement(renamedTo);
}

function RenameInput({ name, label }: { name: string; label: string }) {
  const [draft, setDraft] = useState(label);
  const [previous] = useState(() => document.activeElement);
  // Enter and Escape end the rename and give focus back at once, in the key's own handler: a key
  // pressed right after (Shift+Tab, F2) starts from there. Given a frame later, focus had meanwhile
  // fallen to the page, and Shift+Tab from there went elsewhere. The blur that moving focus causes
  // must not rename a second time.
  const ended = useRef(false);
  const { run: rename } = useAction(setLabelAction);
  /** Renames; the element's API name afterwards. */
  const commit = (name: string, label: string): string => {
    const done = rename({ name, label });
    return done.performed && typeof done.result === 'string' ? done.result : name;
  };
  return (
    <input
      aria-label={`Rename ${label}`}
      className="nodrag nopan w-full min-w-0 rounded border border-brand-500 bg-white px-1 text-base text-ink-800 outline-none focus:ring-2 focus:ring-brand-500"
      value={draft}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        if (ended.current) return;
        ended.current = true;
        restoreFocus(e.currentTarget, previous, commit(name, draft));
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key !== 'Enter' && e.key !== 'Escape') return;
        // the key's default would act on the element focus moves to (Enter would press the palette button)
        e.preventDefault();
        if (ended.current) return;
        ended.current = true;
        if (e.key === 'Enter') giveFocusBack(previous, commit(name, draft));
        else {
          useAppStore.getState().setRenaming(null);
          giveFocusBack(previous, name);
        }
      }}
    />
  );
}
