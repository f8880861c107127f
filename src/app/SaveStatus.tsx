/**
 * Where the open design stands in this browser's storage: saved, saving, or a problem — storage
 * full or blocked (the design stays open; export it), or a conflict with another tab (reload theirs,
 * or keep this one as a copy). Once a design is saved, the address no longer names a sample or a
 * shared link, so a reload resumes the saved design.
 */
import { useEffect } from 'react';
import { designStorage } from '../store/designStorage';
import { useAppStore } from '../store/appStore';

const TEXT = { idle: 'Not saved yet', pending: 'Saving…', saving: 'Saving…', saved: 'Saved in this browser', error: 'Not saved', conflict: 'Changed in another tab' } as const;

export function SaveStatus() {
  const status = useAppStore((s) => s.saveStatus);
  const message = useAppStore((s) => s.saveMessage);
  const designId = useAppStore((s) => s.designId);

  useEffect(() => {
    if (designId && (window.location.search || window.location.hash)) window.history.replaceState(null, '', window.location.pathname);
  }, [designId]);

  return (
    <div className="flex items-center gap-2 text-xs" data-save-status={status}>
      <span role="status" className={status === 'error' || status === 'conflict' ? 'font-semibold text-status-error' : 'text-ink-600'} title={message ?? undefined}>
        {TEXT[status]}
      </span>
      {status === 'error' && message && <span role="alert" className="max-w-72 truncate text-status-error" title={message}>{message}</span>}
      {status === 'conflict' && (
        <span role="alert" className="flex items-center gap-1">
          <button type="button" className="rounded border border-ink-400/40 px-1.5 hover:bg-brand-50" onClick={() => void designStorage.reloadFromStorage()}>Load their version</button>
          <button type="button" className="rounded border border-ink-400/40 px-1.5 hover:bg-brand-50" onClick={() => void designStorage.keepAsCopy()}>Keep mine as a copy</button>
        </span>
      )}
    </div>
  );
}
