/**
 * The icons of actions (24×24 strokes, drawn for Stageflow). Decorative: the button's accessible
 * name and its tooltip say what the icon shows.
 */
import type { IconName } from '../actions/types';

const PATHS: Record<IconName, string> = {
  undo: 'M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-4',
  redo: 'm15 14 5-5-5-5M20 9H9a5 5 0 0 0 0 10h4',
  stage: 'M3 5h18v14H3zM3 9h18',
  sync: 'M13 2 4 14h7l-1 8 9-12h-7z',
  interactive: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8a7 7 0 0 1 14 0',
  decision: 'M12 3l9 9-9 9-9-9z',
  delete: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  tidy: 'M3 3h7v7H3zM14 3h7v7h-7zM14 14h7v7h-7zM3 14h7v7H3z',
  fit: 'M3 8V3h5M21 8V3h-5M3 16v5h5M21 16v5h-5',
  grid: 'M3 3h18v18H3zM9 3v18M15 3v18M3 9h18M3 15h18',
  find: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM21 21l-5-5',
  export: 'M12 3v12M7 10l5 5 5-5M5 21h14',
  import: 'M12 21V9M7 14l5-5 5 5M5 3h14',
  image: 'M3 5h18v14H3zM3 16l5-5 5 5 3-3 5 5M15 9h.01',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  library: 'M4 19V5h4v14M10 19V5h4v14M16 6l4 1-3 13',
  scenarios: 'M9 3h6M10 3v6l-5 9a2 2 0 0 0 2 3h10a2 2 0 0 0 2-3l-5-9V3',
  help: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01',
  run: 'M6 4l14 8-14 8z',
  exit: 'M9 21H5V3h4M16 17l5-5-5-5M21 12H9',
  play: 'M6 4l14 8-14 8z',
  pause: 'M7 4h3v16H7zM14 4h3v16h-3z',
  'step-forward': 'M5 4l10 8-10 8zM19 5v14',
  'step-back': 'M19 20 9 12l10-8zM5 19V5',
  reset: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5',
  copy: 'M8 8h12v12H8zM4 16V4h12',
  paste: 'M9 3h6v3H9zM7 4H5v17h14V4h-2',
  duplicate: 'M8 8h12v12H8zM4 16V4h12M14 11v6M11 14h6',
  rename: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4',
  xml: 'M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16',
  file: 'M6 2h8l6 6v14H6zM14 2v6h6',
  new: 'M6 2h8l6 6v14H6zM14 2v6h6M12 11v7M8.5 14.5h7',
  folder: 'M3 6h6l2 2h10v12H3z',
  versions: 'M12 7v5l3 2M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5',
  save: 'M5 3h11l3 3v15H5zM8 3v5h7M8 21v-7h8v7',
  chevron: 'm6 9 6 6 6-6',
  theme: 'M21 13A9 9 0 1 1 11 3a7 7 0 0 0 10 10z',
  plus: 'M12 5v14M5 12h14',
  connect: 'M4 12h11M11 7l5 5-5 5M20 4v16',
  fault: 'M12 3 2 21h20zM12 10v5M12 18h.01',
  // two versions side by side, one arrow to each: a run of this design against another
  compare: 'M4 7h14M15 4l3 3-3 3M20 17H6M9 14l-3 3 3 3',
};

export function ActionIcon({ name, className = '' }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" className={`shrink-0 fill-none stroke-current stroke-2 ${className}`}>
      <path d={PATHS[name]} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
