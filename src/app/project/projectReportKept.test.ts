// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { caseLifecycleFiles, realProjectFiles } from '../../io/project/testing/projectFiles';
import { showProjectReportAction } from '../../actions/projectActions';
import { performAction } from '../../actions/registry';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { selectOpenedReport } from '../../store/selectors';
import { openFromProject } from './projectSession';
import { useProjectSession } from './projectState';

beforeEach(() => resetStores());

it('an orchestration opened from a project keeps its report, which Show project report shows again once the notice is gone', async () => {
  // given the CaseLifecycle project, whose report is a notice (parts kept as written)
  const project = projectFromFiles(caseLifecycleFiles());
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  await openFromProject(useAppStore, 'Case_Lifecycle');
  const notice = useAppStore.getState().notices.find((n) => n.report);
  expect(notice).toBeDefined();
  useAppStore.getState().dismiss(notice!.id);
  // when
  const outcome = performAction({ store: useAppStore }, showProjectReportAction, undefined);
  // then the dialog shows the report the notice offered
  expect(outcome.performed).toBe(true);
  expect(useAppStore.getState().importReport).toEqual(notice!.report);
  expect(selectOpenedReport(useAppStore.getState())?.fileName).toBe('CaseLifecycle: Case_Lifecycle');
});

it("a failed opening's report is kept too: once closed, Show project report shows it again, over the design left open (chosen)", async () => {
  // given an InvalidDraft with no stages of LightningFlowComponents' OrchestratorResources, which cannot be opened
  const project = projectFromFiles(realProjectFiles('OrchestratorResources'));
  const before = useAppStore.getState().doc;
  useProjectSession.setState({ picking: { project, name: 'OrchestratorResources', handle: null }, current: null });
  await openFromProject(useAppStore, 'Aaron_test');
  const report = useAppStore.getState().importReport;
  expect(report).toMatchObject({ fileName: 'OrchestratorResources: Aaron_test', ok: false, problems: [{ message: expect.stringContaining('is an orchestration with no stages') }] });
  useAppStore.getState().setImportReport(null);
  // when
  const outcome = performAction({ store: useAppStore }, showProjectReportAction, undefined);
  // then the report is back, and the design left open is the one before
  expect(outcome.performed).toBe(true);
  expect(useAppStore.getState().importReport).toEqual(report);
  expect(useAppStore.getState().doc).toBe(before);
});

it('Keep as new design keeps the report with the copy: it is the design the admin was looking at (chosen)', async () => {
  // given Case_Lifecycle opened from its project
  const project = projectFromFiles(caseLifecycleFiles());
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  await openFromProject(useAppStore, 'Case_Lifecycle');
  const report = selectOpenedReport(useAppStore.getState());
  expect(report).not.toBeNull();
  // when a save conflict is resolved by keeping the open design as a new one
  useAppStore.getState().keepAsNewDesign();
  // then
  expect(useAppStore.getState().doc.label).toMatch(/\(my copy\)$/);
  expect(selectOpenedReport(useAppStore.getState())).toEqual(report);
});
