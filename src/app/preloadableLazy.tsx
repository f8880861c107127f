/**
 * `React.lazy` that can be loaded ahead of time and then renders in the very render that shows it.
 *
 * A `React.lazy` part suspends the first time it renders even when its module is already loaded
 * (its promise settles a task later), so a part shown by a click appears after the click returns.
 * The run controls are such a part: a UI-CONTRACT script that pressed Run and counted the Timeline
 * or Play at once found none, although the trace was there. Preloaded while the page is idle, such
 * a part renders at once; before that it is an ordinary lazy part.
 */
import { lazy, useState, type ComponentType, type ReactElement } from 'react';

export interface PreloadableLazy<P extends object> {
  (props: P): ReactElement;
  /** Loads the part's module (once); later renders show the part without suspending. */
  preload(): Promise<void>;
}

export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  // a failed load is tried again by the next preload or render (the network may be back)
  const loadOnce = () => (loading ??= load().then((part) => (loaded = part), (error: unknown) => {
    loading = null;
    throw error;
  }));
  const Lazy = lazy(() => loadOnce().then((part) => ({ default: part })));
  function Part(props: P): ReactElement {
    // chosen once per mount: switching from the lazy wrapper to the part would remount it
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  Part.preload = () => loadOnce().then(() => undefined);
  return Part;
}
