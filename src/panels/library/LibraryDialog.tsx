/**
 * The design library: every design saved in this browser, to open, create, rename, duplicate,
 * delete (with undo) and search. A modal dialog; Esc closes it.
 */
import { useState } from 'react';
import { useModalDialog } from '../../ui/useModalDialog';
import { emptyOrchestration } from '../../model/factories';
import { countOf } from '../../model/glossary';
import type { DeletedDesign } from '../../io/storage/designRepository';
import { useDesignList, useLibraryMutation } from './useDesignLibrary';
import { VersionHistory } from './VersionHistory';
import { useAppStore } from '../../store/appStore';
import { designStorage } from '../../store/designStorage';
import { focusDesignStart } from '../../ui/focusDesignStart';

const button = 'rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

export function LibraryDialog({ onClose, showVersionsOfOpenDesign }: { onClose: () => void; showVersionsOfOpenDesign?: boolean }) {
  const dialog = useModalDialog();
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [deleted, setDeleted] = useState<DeletedDesign | null>(null);
  const openId = useAppStore((s) => s.designId);
  const [history, setHistory] = useState<string | null>(showVersionsOfOpenDesign ? openId : null);
  const list = useDesignList(query);
  const repo = designStorage.repository();
  const rename = useLibraryMutation((p: { id: string; title: string }) => repo.rename(p.id, p.title));
  const duplicate = useLibraryMutation((id: string) => repo.duplicate(id));
  const remove = useLibraryMutation((id: string) => repo.remove(id));
  const restore = useLibraryMutation((d: DeletedDesign) => repo.restore(d));

  const open = async (id: string) => {
    await designStorage.flush();
    useAppStore.getState().openStoredDesign(await repo.get(id));
    onClose();
  };

  const error = list.error ?? rename.error ?? duplicate.error ?? remove.error ?? restore.error;

  return (
    <dialog ref={dialog} aria-label="Design library" onClose={onClose} className="m-auto bg-white text-ink-800 w-[40rem] max-w-[95vw] rounded-lg p-4 shadow-xl backdrop:bg-scrim">
      <div className="mb-3 flex items-center gap-2">
        <h2 className="flex-1 text-lg font-semibold text-ink-800">Design library</h2>
        <button type="button" className={button} onClick={async () => { await designStorage.flush(); useAppStore.getState().openUnsavedDesign(emptyOrchestration(), []); onClose(); focusDesignStart(); }}>New design</button>
        <button type="button" className={button} onClick={() => dialog.current?.close()}>Close</button>
      </div>
      {/* it opens on the search (Designs…) or on the version history asked for (Versions…), not on New design */}
      <input type="search" aria-label="Search designs" data-autofocus={showVersionsOfOpenDesign ? undefined : ''} placeholder="Search designs" value={query} onChange={(e) => setQuery(e.target.value)} className="mb-2 w-full rounded border border-ink-400/40 px-2 py-1" />
      {error && (
        <p role="alert" className="mb-2 text-sm text-status-error">
          {error.message} <button type="button" className="underline" onClick={() => void list.refetch()}>Retry</button>
        </p>
      )}
      {deleted && (
        <p role="status" className="mb-2 text-sm">
          Deleted “{deleted.design.title}”.{' '}
          <button type="button" className="underline" onClick={() => { restore.mutate(deleted); setDeleted(null); }}>Undo</button>
        </p>
      )}
      {list.isPending && <p className="text-sm">Loading…</p>}
      <ul aria-label="Designs" className="max-h-96 divide-y overflow-auto">
        {list.data?.map((d) => (
          <li key={d.id} className="flex items-center gap-2 py-1.5">
            {renaming?.id === d.id ? (
              <form className="flex flex-1 gap-1" onSubmit={(e) => { e.preventDefault(); rename.mutate(renaming); setRenaming(null); }}>
                <input aria-label="New name" autoFocus value={renaming.title} onChange={(e) => setRenaming({ id: d.id, title: e.target.value })} className="flex-1 rounded border px-1" />
                <button type="submit" className={button}>Save</button>
              </form>
            ) : (
              <button type="button" className="flex-1 text-left hover:underline" onClick={() => void open(d.id)}>
                <span className="font-medium">{d.title}</span>
                {d.id === openId && <span className="ml-1 text-xs text-brand-600">(open)</span>}
                <span className="block text-xs text-ink-600">
                  {countOf(d.stages, 'stage')} · {countOf(d.steps, 'step')} · saved {new Date(d.updatedAt).toLocaleString()}
                </span>
              </button>
            )}
            <button type="button" className={button} aria-label={`Rename ${d.title}`} onClick={() => setRenaming({ id: d.id, title: d.title })}>Rename</button>
            <button type="button" className={button} aria-label={`Duplicate ${d.title}`} onClick={() => duplicate.mutate(d.id)}>Duplicate</button>
            <button type="button" className={button} aria-label={`Versions of ${d.title}`} onClick={() => setHistory(d.id)}>Versions</button>
            <button type="button" className={button} aria-label={`Delete ${d.title}`} disabled={d.id === openId} onClick={async () => setDeleted(await remove.mutateAsync(d.id))}>Delete</button>
          </li>
        ))}
        {list.data?.length === 0 && <li className="py-2 text-sm text-ink-600">No saved designs{query ? ' match' : ' yet'}.</li>}
      </ul>
      {history && <VersionHistory designId={history} onRestored={onClose} onClose={() => setHistory(null)} />}
    </dialog>
  );
}
