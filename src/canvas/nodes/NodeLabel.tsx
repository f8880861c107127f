/** A node's label; while renaming in place (F2 / double-click) an input that commits on Enter or blur. */
import { useState } from 'react';
import { renameElement } from '../../commands/renameElement';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useUiStore } from '../../store/uiStore';
import { renamedName } from '../../commands/renameElement';

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


function commit(name: string, label: string) {
  const { doc, dispatch } = useDocumentStore.getState();
  const next = renamedName(doc, name, label.trim() || name);
  dispatch(renameElement, { name, label });
  useUiStore.getState().setRenaming(null);
  if (useDocumentStore.getState().doc !== doc) useSelectionStore.getState().select([next]);
}

/** The label wraps onto as many lines as it needs (the layout gave the card room for them). */
export function NodeLabel({ name, label, className = '', marked = false, glyph }: Props) {
  const renaming = useUiStore((s) => s.renaming === name);
  if (!renaming) {
    return <span className={`sf-label ${className}${marked ? ' sf-has-marker' : ''}${glyph ? ' sf-glyph' : ''}`} data-glyph={glyph} title={label}>{label}</span>;
  }
  return <RenameInput name={name} label={label} />;
}

/** Focus goes back where it was (a palette button, the node) when renaming ends. */
function restoreFocus(previous: Element | null) {
  requestAnimationFrame(() => {
    if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) previous.focus();
  });
}

function RenameInput({ name, label }: { name: string; label: string }) {
  const [draft, setDraft] = useState(label);
  const [previous] = useState(() => document.activeElement);
  return (
    <input
      aria-label={`Rename ${label}`}
      className="nodrag nopan w-full min-w-0 rounded border border-brand-500 bg-white px-1 text-base text-ink-800 outline-none focus:ring-2 focus:ring-brand-500"
      value={draft}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        commit(name, draft);
        restoreFocus(previous);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          commit(name, draft);
          restoreFocus(previous);
        }
        if (e.key === 'Escape') {
          useUiStore.getState().setRenaming(null);
          restoreFocus(previous);
        }
      }}
    />
  );
}
