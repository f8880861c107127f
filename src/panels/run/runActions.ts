/**
 * Entering and leaving run mode. A run is computed from a frozen copy of the document; a design
 * with validation errors does not run (SEMANTICS.md: validation blocks a run) — the user is told
 * what to fix and stays in the editor.
 */
import { validateOrchestration } from '../../model/validate';
import { useDocumentStore } from '../../store/documentStore';
import { useRunStore } from '../../store/runStore';
import { activeScenario } from '../../store/scenarioStore';
import { useUiStore } from '../../store/uiStore';

/** Switches to run mode and simulates the open design with the active scenario; false when refused. */
export function startRun(): boolean {
  const doc = useDocumentStore.getState().doc;
  const errors = validateOrchestration(doc).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    useUiStore.getState().notify('error', `Fix ${errors.length === 1 ? 'this problem' : `${errors.length} problems`} before running: ${first.path ? `${first.path}: ` : ''}${first.message}`);
    return false;
  }
  useUiStore.getState().setMode('run');
  void useRunStore.getState().start(doc, activeScenario(), { at: 'start' });
  return true;
}

/** Runs again with the scenario now active (after choosing another one). */
export function rerun(): void {
  const doc = useRunStore.getState().doc ?? useDocumentStore.getState().doc;
  void useRunStore.getState().start(doc, activeScenario(), { at: 'start' });
}

/** Leaves run mode; the editor shows the document exactly as it was. */
export function exitRun(): void {
  useRunStore.getState().exit();
  useUiStore.getState().setMode('edit');
}
