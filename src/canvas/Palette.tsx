/**
 * The palette: one button per insert action of the registry. Click or Enter/Space adds the element
 * where the selection says (UI-CONTRACT); dragging a button onto the canvas drops it there.
 */
import type { DragEvent } from 'react';
import type { PaletteKind } from '../actions/addElement';
import { addBackgroundStepAction, addDecisionAction, addInteractiveStepAction, addStageAction } from '../actions/elementActions';
import type { Action } from '../actions/types';
import { useAction } from '../actions/useAction';
import type { AddOptions } from '../actions/addElement';
import { KindIcon } from '../ui/KindIcon';
import { PALETTE_MIME, paletteKindMime } from './paletteMime';
import { useAppStore } from '../store/appStore';

const ITEMS: { kind: PaletteKind; action: Action<AddOptions | void>; icon: 'stage' | 'sync' | 'interactive' | 'decision' }[] = [
  { kind: 'stage', action: addStageAction, icon: 'stage' },
  { kind: 'background', action: addBackgroundStepAction, icon: 'sync' },
  { kind: 'interactive', action: addInteractiveStepAction, icon: 'interactive' },
  { kind: 'decision', action: addDecisionAction, icon: 'decision' },
];

function onDragStart(event: DragEvent, kind: PaletteKind) {
  event.dataTransfer.setData(PALETTE_MIME, kind);
  event.dataTransfer.setData(paletteKindMime(kind), kind);
  event.dataTransfer.setData('text/plain', kind);
  event.dataTransfer.effectAllowed = 'copy';
}

/** The drag ended, dropped or not (Escape, released outside the canvas): nothing is a target now. */
function onDragEnd() {
  useAppStore.getState().setDropTarget(null);
}

function PaletteButton({ item }: { item: (typeof ITEMS)[number] }) {
  const { run } = useAction(item.action);
  return (
    <button
      type="button"
      draggable
      onDragStart={(e) => onDragStart(e, item.kind)}
      onDragEnd={onDragEnd}
      onClick={() => run(undefined)}
      title={`${item.action.description}. Drag onto the canvas to place it.`}
      className="flex items-center gap-2 rounded-md border border-ink-400/40 bg-white px-2.5 py-2 text-left text-sm text-ink-800 shadow-sm hover:border-brand-500 hover:bg-brand-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-1 active:cursor-grabbing"
    >
      <KindIcon kind={item.icon} className="text-brand-600" />
      {item.action.label}
    </button>
  );
}

export function Palette() {
  return (
    <section aria-labelledby="palette-heading" className="flex flex-col gap-2 p-3">
      <h2 id="palette-heading" className="text-xs font-semibold uppercase tracking-wide text-ink-600">
        Add elements
      </h2>
      {ITEMS.map((item) => <PaletteButton key={item.kind} item={item} />)}
      <p className="mt-2 text-xs leading-snug text-ink-600">
        Press <kbd className="rounded border border-ink-400/50 px-1">?</kbd> for keyboard shortcuts.
      </p>
    </section>
  );
}
