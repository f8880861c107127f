/** "Share link": the design compressed into the address's fragment, copied to the clipboard. */
import { encodeShareFragment } from '../io/shareLink';
import { exportOrchestration } from '../io/jsonExport';
import type { AppStore } from '../store/appStore';

/** Builds the link; returns it (or null when refused) and tells the user what happened. */
export async function shareLink(store: AppStore): Promise<string | null> {
  const notify = store.getState().notify;
  const result = await encodeShareFragment(exportOrchestration(store.getState().doc));
  if (!result.ok) {
    notify('warning', result.message);
    return null;
  }
  const url = `${window.location.origin}${window.location.pathname}#${result.fragment}`;
  try {
    await navigator.clipboard.writeText(url);
    notify('info', `Link copied (${Math.round(url.length / 100) / 10} k characters). Anyone who opens it gets a copy of this design.`);
  } catch {
    notify('info', 'The link could not be copied automatically; it is in the address bar now.');
    window.history.replaceState(null, '', `#${result.fragment}`);
  }
  return url;
}
