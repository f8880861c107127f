/**
 * `runAsUserWords` bound to the run shown: its design and the scenario it was computed with. The
 * canvas card ("as …"), the event log ("completed by …") and the Why panel ("Runs as …") name a
 * user through this one function, so an admin never reads a person in one place and an Id in another.
 */
import { useCallback } from 'react';
import { useAppStore } from '../store/appStore';
import { userInWords } from '../model/glossary';
import { runAsUserWords } from './runAsUserWords';

export function useRunUserWords(): (user: string) => string {
  const runDoc = useAppStore((s) => s.runDoc);
  // the scenario the run was computed with (its records name a user assigned by Id): a record given
  // from the run view to a scenario that is not the design's changes the run's alone; a trace read
  // from a file has none, and the active one is the best guess
  const scenario = useAppStore((s) => s.runScenario ?? s.scenarios[s.activeScenario]);
  return useCallback((user: string) => (runDoc ? runAsUserWords(user, runDoc, scenario ?? {}) : userInWords(user)), [runDoc, scenario]);
}
