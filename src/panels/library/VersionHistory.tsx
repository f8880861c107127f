/** The last saved versions of a design (newest first), each restorable as the open design. */
import { countOf } from '../../model/glossary';
import { useDesignVersions } from './useDesignLibrary';
import { useAppStore } from '../../store/appStore';
import { designStorage } from '../../store/designStorage';

export function VersionHistory({ designId, onRestored, onClose }: { designId: string; onRestored: () => void; onClose: () => void }) {
  const versions = useDesignVersions(designId);
  const restore = async (revision: number) => {
    const v = versions.data?.find((x) => x.revision === revision);
    if (!v) return;
    await designStorage.flush();
    useAppStore.getState().openStoredDesign(await designStorage.repository().get(designId));
    // Restoring is an edit of the open design: undoable, and autosaved as a new version.
    useAppStore.getState().replaceDocument(v.doc);
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
            <button type="button" className="rounded border px-2 text-sm hover:bg-brand-50" onClick={() => void restore(v.revision)}>Restore</button>
          </li>
        ))}
      </ol>
    </section>
  );
}
