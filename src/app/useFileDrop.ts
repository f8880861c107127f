/**
 * A JSON or Flow XML file dropped anywhere on the page is imported (palette drags are left to the
 * canvas). `null`: drops are not taken (while a run is shown).
 */
import { useEffect } from 'react';

const carriesFile = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function useFileDrop(importFile: ((file: File) => Promise<void>) | null): void {
  useEffect(() => {
    if (!importFile) return;
    const over = (e: DragEvent) => {
      if (!carriesFile(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFile(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const file = e.dataTransfer?.files[0];
      if (file) void importFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop, true);
    };
  }, [importFile]);
}
