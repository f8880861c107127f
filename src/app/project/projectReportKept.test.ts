// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { caseLifecycleFiles } from '../../io/project/testing/projectFiles';
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
