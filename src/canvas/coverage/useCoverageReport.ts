/**
 * The coverage decoration of the canvas, read from the store: per element, how many scenario runs
 * reached it, or null when the overlay is off (or still computing). Nodes need not know about it:
 * the overlay draws over them (CoverageOverlay.tsx).
 */
import type { CoverageReport } from '../../store/createVerifySlice';
import { useAppStore } from '../../store/appStore';

export function useCoverageReport(): CoverageReport | null {
  return useAppStore((s) => (s.coverage?.phase === 'ready' ? s.coverage.report : null));
}
