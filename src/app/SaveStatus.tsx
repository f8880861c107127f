/**
 * Where the open design stands in this browser's storage: saved, saving, or a problem — storage
 * full or blocked (the design stays open; export it), or a conflict with another tab (its choice is
 * in the ConflictBar under the header). Once a design is saved, the address no longer names a sample or a
 * shared link, so a reload resumes the saved design.
 */
import { useEffect } from 'react';
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
    <div className="flex min-w-0 items-center gap-2 text-xs leading-4" data-save-status={status}>
      <span role="status" className={status === 'error' || status === 'conflict' ? 'font-semibold text-status-error' : 'text-ink-600'} title={message ?? undefined}>
        {TEXT[status]}
      </span>
      {status === 'error' && message && <span role="alert" className="max-w-72 truncate text-status-error" title={message}>{message}</span>}
    </div>
  );
}
