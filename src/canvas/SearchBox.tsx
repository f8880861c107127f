/**
 * Find an element by label or API name, or by an outcome, flow or requirement resource it holds
 * (Ctrl/Cmd+F, findMatches.ts); Enter selects the first match, centres it clear of what covers the
 * pane and zooms in to a readable zoom when the view is further out.
 */
import { useMemo, useState, type RefObject } from 'react';
import { findStep, kindOf } from '../commands/queries';
import type { Orchestration } from '../model/types';
import { useAppStore } from '../store/appStore';
import { selectDoc } from '../store/selectors';
import { elementRect } from './elementRect';
import { focusCanvasElement } from './focusElement';
import { refocusIfLost } from '../ui/focusFallback';
import { findMatches } from './findMatches';
import { useBringIntoView } from './useViewFollow';
import type { DesignNode } from './types';

const MAX_MATCHES = 8;

interface Props {
  /** Every node of the design (React Flow holds only those the view needs in a big design). */
  nodesRef: RefObject<readonly DesignNode[]>;
}

/** What kind of element a match is, in the Outline's words. */
function kindWord(doc: Orchestration, name: string): string {
  const step = findStep(doc, name)?.step;
  if (step) return step.kind === 'interactive' ? 'Interactive step' : 'Background step';
  return kindOf(doc, name) === 'decision' ? 'Decision' : 'Stage';
}

export function SearchBox({ nodesRef }: Props) {
  const open = useAppStore((s) => s.searchOpen);
  return open ? <SearchForm nodesRef={nodesRef} /> : null;
}

function SearchForm({ nodesRef }: Props) {
  const doc = useAppStore(selectDoc);
  const [query, setQuery] = useState('');
  const bringIntoView = useBringIntoView();
  const matches = useMemo(() => findMatches(doc, query, MAX_MATCHES), [doc, query]);
  // where focus was when Find opened (its field takes it): it goes back there when Find closes
  // without a match chosen, never to <body>
  const [before] = useState(() => document.activeElement);
  const close = () => useAppStore.getState().setSearchOpen(false);
  const cancel = () => {
    close();
    requestAnimationFrame(() => refocusIfLost(before));
  };
  const go = (name: string) => {
    useAppStore.getState().select([name]);
    const box = elementRect(nodesRef.current, name);
    // centred in the pane less what covers it: a notice showing, the zoom controls, the mini map
    if (box) bringIntoView(box, false, 'focus');
    close();
    // the match chosen has focus, as a click on it would give; in a big design its node mounts
    // only as the view glides to it, so it is waited for, and the canvas takes focus if it never comes
    focusCanvasElement(name, 60);
    setTimeout(() => refocusIfLost(), 1200);
  };

  return (
    <search className="absolute left-1/2 top-3 z-10 w-80 -translate-x-1/2 rounded-lg border border-ink-400/40 bg-white p-2 shadow-lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (matches[0]) go(matches[0].name);
        }}
      >
        <input
          type="search"
          aria-label="Find element"
          placeholder="Find a stage, step, outcome, flow…"
          className="w-full rounded border border-ink-400/60 px-2 py-1 text-sm focus:outline-none focus:ring-2 focus:ring-brand-500"
          value={query}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
            // ↓ goes into the matches; Enter there picks the one focused, not the first
            if (e.key === 'ArrowDown' && matches.length > 0) {
              e.preventDefault();
              e.currentTarget.form?.querySelector<HTMLButtonElement>('[data-match]')?.focus();
            }
          }}
          onBlur={(e) => !e.currentTarget.form?.contains(e.relatedTarget as Node | null) && !query && close()}
        />
        {query && (
          <ul aria-label="Matches" className="mt-1 max-h-60 overflow-auto text-sm">
            {matches.length === 0 && <li className="px-2 py-1 text-ink-600">No element matches.</li>}
            {matches.map((m) => (
              <li key={m.name}>
                <button
                  type="button"
                  data-match
                  className="w-full rounded px-2 py-1 text-left hover:bg-brand-50 focus:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                  onClick={() => go(m.name)}
                  onKeyDown={(e) => {
                    const all = [...(e.currentTarget.form?.querySelectorAll<HTMLElement>('[data-match]') ?? [])];
                    const at = all.indexOf(e.currentTarget);
                    if (e.key === 'ArrowDown') { e.preventDefault(); all[Math.min(at + 1, all.length - 1)]?.focus(); }
                    if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? all[at - 1] : e.currentTarget.form?.querySelector<HTMLElement>('input'))?.focus(); }
                    if (e.key === 'Escape') { e.preventDefault(); cancel(); }
                  }}
                >
                  {/* its kind first, as the Outline says it: a stage and its step often share a label */}
                  <span className="text-xs text-ink-600">{kindWord(doc, m.name)}</span> {m.label} <span className="text-ink-600">({m.name})</span>
                  {/* why an element matched by something it holds: its outcome, flow or requirement */}
                  {m.via && <span className="block text-xs text-ink-600">{m.via}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
    </search>
  );
}
