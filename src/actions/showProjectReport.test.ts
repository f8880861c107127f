import { beforeEach, describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import type { ImportReport } from '../store/createUiSlice';
import onboarding from '../../public/samples/onboarding.json';
import { showProjectReportAction } from './projectActions';
import { performAction } from './registry';

const sample = onboarding as unknown as Orchestration;
const report: ImportReport = { fileName: 'CaseLifecycle: Case_Lifecycle', ok: true, problems: [{ path: 'stages[0]', severity: 'warning', message: 'a warning' }] };

describe('Show project report', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openUnsavedDesign(sample, []);
    store.getState().setStarting(false);
  });

  it('is disabled, saying why, while the open design has no project report', () => {
    // then
    expect(showProjectReportAction.enabled?.(store.getState())).toBe(false);
    expect(showProjectReportAction.disabledReason?.(store.getState())).toMatch(/not opened from a project/);
    expect(performAction({ store }, showProjectReportAction, undefined).performed).toBe(false);
  });

  it('shows the report the open design was opened with again, once its dialog was closed', () => {
    // given the design opened from a project, its report shown and closed
    store.getState().openDocument(sample);
    store.getState().keepOpenedReport(report);
    store.getState().setImportReport(report);
    store.getState().setImportReport(null);
    // when
    const outcome = performAction({ store }, showProjectReportAction, undefined);
    // then
    expect(outcome.performed).toBe(true);
    expect(store.getState().importReport).toEqual(report);
  });

  it('keeps the report over edits, and leaves it behind when another design opens or a new one starts', () => {
    // given
    store.getState().keepOpenedReport(report);
    store.getState().replaceDocument({ ...sample, label: 'Edited' });
    expect(showProjectReportAction.enabled?.(store.getState())).toBe(true);
    // when another design is opened (an import, a sample)
    store.getState().openDocument(sample);
    // then
    expect(showProjectReportAction.enabled?.(store.getState())).toBe(false);
    // given the report kept again, when a new design starts
    store.getState().keepOpenedReport(report);
    store.getState().openUnsavedDesign(emptyOrchestration(), []);
    // then
    expect(showProjectReportAction.enabled?.(store.getState())).toBe(false);
  });
});
