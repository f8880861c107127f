/**
 * The name prompt of "Save version" (File ▾ → Save version…): a small modal with one field. Saving
 * performs the registry's action with the name, refreshes the version list and closes; Esc or
 * Cancel closes without saving. Focus starts in the name (its default text selected).
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { saveVersionAction } from '../../actions/libraryActions';
import { useAction } from '../../actions/useAction';
import { useModalDialog } from '../../ui/useModalDialog';
import { controlClass, labelClass } from '../../ui/fields/styles';

const button = 'rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

export function SaveVersionDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog();
  const [name, setName] = useState(() => `Version of ${new Date().toLocaleString()}`);
  const [saving, setSaving] = useState(false);
  const client = useQueryClient();
  const { run } = useAction(saveVersionAction);
  const save = async () => {
    setSaving(true);
    const done = run(name);
    if (done.performed) await done.result;
    await client.invalidateQueries({ queryKey: ['designVersions'] });
    dialog.current?.close();
  };
  return (
    <dialog ref={dialog} aria-label="Save version" onClose={onClose} className="m-auto bg-white text-ink-800 w-[26rem] max-w-[95vw] rounded-lg p-4 shadow-xl backdrop:bg-scrim">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void save();
        }}
      >
        <h2 className="text-lg font-semibold text-ink-800">Save version</h2>
        <div>
          <label htmlFor="save-version-name" className={labelClass}>
            Version name
          </label>
          <input
            id="save-version-name"
            className={controlClass}
            value={name}
            maxLength={120}
            required
            ref={(el) => {
              // Once, when the dialog opens: the default name selected, so typing replaces it.
              if (el && !el.dataset.focused) {
                el.dataset.focused = 'true';
                el.focus();
                el.select();
              }
            }}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" className={button} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className={`${button} border-brand-600 bg-brand-600 text-white hover:bg-brand-700`} disabled={saving || name.trim() === ''}>
            Save version
          </button>
        </div>
      </form>
    </dialog>
  );
}
