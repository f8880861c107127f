/**
 * The last saved versions of a design (newest first), each restorable as the open design or, for
 * the open design, comparable with it ("Compare with…", docs/coverage.md). Restore asks first
 * (inline: "Restore version 3?"), keeps the open design as a version, then says what it did, with
 * Undo (issue 17). Each version says its name, or why it was kept; "Save version" names the
 * current state (the registry's action, with the name typed here).
 */
import { useRef, useState } from 'react';
import { saveVersionAction } from '../../actions/libraryActions';
import { useAction } from '../../actions/useAction';
import { countOf } from '../../model/glossary';
import type { Orchestration } from '../../model/types';
import { useDesignVersions } from './useDesignLibrary';
import { useAppStore } from '../../store/appStore';
import { designStorage } from '../../store/designStorage';
import { versionLabel, versionNumber, versionTitle } from './versionLabel';
import { focusNextFrame } from '../../ui/focusLater';

/**
 * After the restore question is answered no (Cancel, Escape): its version's Restore, drawn again a
 * frame later — unless the user has put focus elsewhere by then (ui/focusLater.ts). A click into
 * Version name and typing "Before review" lost the typing to Restore: its space asked again, and
 * the Enter meant to save the version restored the old one.
 */
function backToRestore(revision: number): void {
  focusNextFrame(() => document.querySelector<HTMLElement>(`[data-restore="${revision}"]`));
}

export function VersionHistory({ designId, onRestored, onClose }: { designId: string; onRestored: () => void; onClose: () => void }) {
  const versions = useDesignVersions(designId);
  const openId = useAppStore((s) => s.designId);
  const compare = (v: Parameters<typeof versionLabel>[0] & { doc: Orchestration }) => {
    const store = useAppStore.getState();
    store.setDialog('compare');
    void store.compareWith(v.doc, versionLabel(v));
  };
  const [asking, setAsking] = useState<number | null>(null);
  const [name, setName] = useState('');
  const saveVersion = useAction(saveVersionAction);
  const nameField = useRef<HTMLInputElement>(null);
  const saveNamed = async () => {
    const done = saveVersion.run(name);
    if (done.performed) await done.result;
    setName('');
    // the Save version button it was pressed with is disabled by the emptied name: focus goes back to
    // the name (ready for another), never to <body>
    nameField.current?.focus();
    await versions.refetch();
  };
  const restore = async (revision: number) => {
    const v = versions.data?.find((x) => x.revision === revision);
    if (!v) return;
    // What is open now is kept as a version first (the restore itself is undoable too).
    await designStorage.checkpoint('before-restore').catch(() => null);
    useAppStore.getState().openStoredDesign(await designStorage.repository().get(designId));
    // Restoring is an edit of the open design: undoable, and autosaved as a new version.
    useAppStore.getState().replaceDocument(v.doc);
    useAppStore.getState().notify('info', `Restored version ${versionNumber(v)} (saved ${new Date(v.savedAt).toLocaleString()}). Undo brings back what you had.`, undefined, true);
    onRestored();
  };
  return (
    <section aria-label="Version history" className="mt-3 border-t pt-2">
      <div className="flex items-center">
        <h3 className="flex-1 font-semibold">Version history</h3>
        <button type="button" className="text-sm underline" onClick={onClose}>Hide</button>
      </div>
      {designId === openId && (
        <form
          className="my-1 flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void saveNamed();
          }}
        >
          <label className="flex-1 text-xs text-ink-600">
            Version name
            <input ref={nameField} data-autofocus="" className="block w-full rounded border border-ink-400/40 px-1 py-0.5 text-sm text-ink-800" value={name} maxLength={120} placeholder="e.g. Before review" onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="rounded border px-2 text-sm hover:bg-brand-50 disabled:opacity-40" disabled={!saveVersion.available || name.trim() === ''}>
            Save version
          </button>
        </form>
      )}
      {versions.error && <p role="alert" className="text-sm text-status-error">{versions.error.message}</p>}
      <ol className="max-h-48 overflow-auto text-sm">
        {versions.data?.map((v) => (
          <li key={v.revision} className="flex items-center gap-2 py-0.5">
            <span className="flex-1">Version {versionNumber(v)} · {versionTitle(v)} · {new Date(v.savedAt).toLocaleString()} · {countOf(v.doc.stages.length, 'stage')}</span>
            {designId === openId && (
              <button type="button" className="rounded border px-2 text-sm hover:bg-brand-50" aria-label={`Compare with version ${versionNumber(v)}`} onClick={() => compare(v)}>Compare</button>
            )}
            {asking === v.revision ? (
              <span
                role="group"
                aria-label={`Restore version ${versionNumber(v)}?`}
                className="flex items-center gap-1"
                // Escape answers the question (no), as Cancel does: it does not close the whole dialog
                onKeyDown={(e) => {
                  if (e.key !== 'Escape') return;
                  e.preventDefault();
                  e.stopPropagation();
                  setAsking(null);
                  backToRestore(v.revision);
                }}
              >
                <span className="text-xs">Replace the open design with it?</span>
                <button type="button" autoFocus className="rounded border border-brand-600 bg-brand-600 px-2 text-sm text-white" onClick={() => void restore(v.revision)}>Yes, restore</button>
                <button
                  type="button"
                  className="rounded border px-2 text-sm hover:bg-brand-50"
                  onClick={() => {
                    setAsking(null);
                    backToRestore(v.revision);
                  }}
                >
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" data-restore={v.revision} className="rounded border px-2 text-sm hover:bg-brand-50" onClick={() => setAsking(v.revision)}>Restore</button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
