/**
 * Skip links, the first stops of the Tab order: straight to the palette's first button, the
 * canvas, or the Properties panel (shown only while focused). They move focus without touching
 * the address (its fragment carries shared designs).
 */
import type { MouseEvent } from 'react';

const TARGETS = [
  { label: 'Skip to the palette', selector: '[aria-label="Palette"] button' },
  { label: 'Skip to the canvas', selector: '[data-canvas-host]' },
  { label: 'Skip to the properties', selector: '#side-panel' },
] as const;

function jump(event: MouseEvent<HTMLAnchorElement>, selector: string) {
  event.preventDefault();
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

export function SkipLinks() {
  return (
    <div className="absolute left-2 top-2 z-50 flex gap-2">
      {TARGETS.map((t) => (
        <a
          key={t.label}
          href={`#${t.label}`}
          onClick={(e) => jump(e, t.selector)}
          className="sr-only rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white focus:not-sr-only focus:outline-none focus:ring-2 focus:ring-brand-500"
        >
          {t.label}
        </a>
      ))}
    </div>
  );
}
