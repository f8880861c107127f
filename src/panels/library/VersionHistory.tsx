/**
 * The last saved versions of a design (newest first), each restorable as the open design or, for
 * the open design, comparable with it ("Compare with…", docs/coverage.md). Restore asks first
 * (inline: "Restore version 3?"), then says what it did, with Undo (issue 17).
 */
import { useState } from 'react';
import { countOf } from '../../model/glossary';
import type { Orchestration } from '../../model/types';
import { useDesignVersions } from './useDesignLibrary';
import { useAppStore } from '../../store/appStore';
import { designStorage } from '../../store/designStorage';

export function VersionHistory({ designId, onRestored, onClose }: { designId: string; onRestored: () => void; onClose: () => void }) {
  const versions = useDesignVersions(designId);
  const openId = useAppStore((s) => s.designId);
  const compare = (v: { revision: number; savedAt: number; doc: Orchestration }) => {
    const store = useAppStore.getState();
    store.setDialog('compare');
    void store.compareWith(v.doc, `Version ${v.revision} · ${new Date(v.savedAt).toLocaleString()}`);
  };
  const [asking, setAsking] = useState<number | null>(null);
  const restore = async (revision: number) => {
    const v = versions.data?.find((x) => x.revision === revision);
    if (!v) return;
    await designStorage.flush();
    useAppStore.getState().openStoredDesign(await designStorage.repository().get(designId));
    // Restoring is an edit of the open design: undoable, and autosaved as a new version.
    useAppStore.getState().replaceDocument(v.doc);
    useAppStore.getState().notify('info', `Restored version ${revision} (saved ${new Date(v.savedAt).toLocaleString()}). Undo brings back what you had.`, undefined, true);
    onRestored();
  };
  return (
    <section aria-label="Version history" className="mt-3 border-t pt-2">
      <div className="flex items-center">
        <h3 className="flex-1 font-semibold">Version history</h3>
        <button type="button" className="text-sm underline" onClick={onClose}>Hide</button>
      </div>
      {versions.error && <p role="alert" className="text-sm text-status-error">{versions.error.message}</p>}
      <ol className="max-h-48 overflow-auto text-sm">
        {versions.data?.map((v) => (
          <li key={v.revision} className="flex items-center gap-2 py-0.5">
            <span className="flex-1">Version {v.revision} · {new Date(v.savedAt).toLocaleString()} · {countOf(v.doc.stages.length, 'stage')}</span>
            {designId === openId && (
              <button type="button" className="rounded border px-2 text-sm hover:bg-brand-50" aria-label={`Compare with version ${v.revision}`} onClick={() => compare(v)}>Compare</button>
            )}
            {asking === v.revision ? (
              <span role="group" aria-label={`Restore version ${v.revision}?`} className="flex items-center gap-1">
                <span className="text-xs">Replace the open design with it?</span>
                <button type="button" autoFocus className="rounded border border-brand-600 bg-brand-600 px-2 text-sm text-white" onClick={() => void restore(v.revision)}>Yes, restore</button>
                <button type="button" className="rounded border px-2 text-sm hover:bg-brand-50" onClick={() => setAsking(null)}>Cancel</button>
              </span>
            ) : (
              <button type="button" className="rounded border px-2 text-sm hover:bg-brand-50" onClick={() => setAsking(v.revision)}>Restore</button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
