/**
 * A JSON or Flow XML file dropped anywhere on the page is imported; a folder, several files or a
 * `.zip` open as a project (its orchestrations to choose from). Palette drags are left to the
 * canvas. `null`: drops are not taken (while a run is shown).
 */
import { useEffect } from 'react';
import { droppedItems, isProjectDrop, type DroppedItems } from './project/droppedItems';

const carriesFile = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function useFileDrop(importFile: ((file: File) => Promise<void>) | null, openProject?: (drop: DroppedItems) => Promise<void>): void {
  useEffect(() => {
    if (!importFile) return;
    const over = (e: DragEvent) => {
      if (!carriesFile(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFile(e) || !e.dataTransfer) return;
      e.preventDefault();
      e.stopPropagation();
      // the items expire with the event: they are taken now, read later
      const items = droppedItems(e.dataTransfer);
      if (openProject && isProjectDrop(items)) void openProject(items);
      else if (items.files[0]) void importFile(items.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop, true);
    };
  }, [importFile, openProject]);
}
