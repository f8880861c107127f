/** Small icons for element kinds; decorative, the text next to them says the same. */
import type { StepMode } from '../model/types';

const PATHS: Record<StepMode | 'stage' | 'decision', string> = {
  sync: 'M13 2 4 14h7l-1 8 9-12h-7z',
  async: 'M12 7v5l3 2M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  interactive: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8a7 7 0 0 1 14 0',
  stage: 'M3 5h18v14H3zM3 9h18',
  decision: 'M12 3l9 9-9 9-9-9z',
};

export function KindIcon({ kind, className = '' }: { kind: keyof typeof PATHS; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className={`shrink-0 fill-none stroke-current stroke-2 ${className}`}>
      <path d={PATHS[kind]} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
