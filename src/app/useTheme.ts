/**
 * Dark mode: follows `prefers-color-scheme` until the user chooses with the "Dark mode" toggle;
 * the choice is kept in this browser. The theme is the `dark` class on <html> (index.css swaps the
 * palette under it; React Flow reads the same choice).
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import type { ThemeChoice } from '../store/createUiSlice';
import { selectDark } from '../store/selectors';

const KEY = 'stageflow.theme';

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'dark' || value === 'light' ? value : 'system';
  } catch {
    return 'system'; // storage blocked: follow the system
  }
}

export function useTheme(): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const store = useAppStore;
    store.getState().setTheme(storedChoice(), media.matches);
    const apply = () => document.documentElement.classList.toggle('dark', selectDark(store.getState()));
    apply();
    const onSystem = () => store.getState().setTheme(store.getState().theme, media.matches);
    media.addEventListener('change', onSystem);
    const unsubscribe = store.subscribe((state, before) => {
      if (state.theme === before.theme && state.systemDark === before.systemDark) return;
      apply();
      try {
        if (state.theme !== before.theme) localStorage.setItem(KEY, state.theme);
      } catch {
        // storage blocked: the choice lasts for this page only
      }
    });
    return () => {
      media.removeEventListener('change', onSystem);
      unsubscribe();
    };
  }, []);
}
