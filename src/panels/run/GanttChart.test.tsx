// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { simulate } from '../../engine';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { STRONG_CANDIDATE } from '../../io/project/testing/recruitingScenario';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import GanttChart from './GanttChart';

/** The recruiting demo's run (strong candidate) shown at its end. */
function showRecruitingRunEnd(): void {
  const opened = openOrchestration(projectFromFiles(recruitingFiles()), 'Recruiting_Orchestration_v6');
  if (!opened.ok) throw new Error('the recruiting demo did not open');
  resetStores(opened.doc);
  const trace = simulate(opened.doc, STRONG_CANDIDATE);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: opened.doc, runScenario: STRONG_CANDIDATE, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
}

it('a stage and its step sharing a label are told apart: the stage\'s row is bold and named a stage, the step\'s indented and named a step (recruiting demo: Get Usernames, Create and Send Offer)', () => {
  // given the recruiting demo's run at its end, where two stages hold a step of the same label
  showRecruitingRunEnd();
  // when the chart shows
  const { container } = render(<GanttChart />);
  // then
  const row = (element: string) => container.querySelector(`text[data-element="${element}"]`)!;
  expect(row('Create_and_Send_Offer_Stage').firstChild?.textContent).toBe(row('Create_and_Send_Offer').firstChild?.textContent);
  expect(row('Create_and_Send_Offer_Stage').getAttribute('font-weight')).toBe('600');
  expect(row('Create_and_Send_Offer').getAttribute('font-weight')).toBeNull();
  expect(Number(row('Create_and_Send_Offer').getAttribute('x'))).toBeGreaterThan(Number(row('Create_and_Send_Offer_Stage').getAttribute('x')));
  expect(row('Create_and_Send_Offer_Stage').querySelector('title')?.textContent).toBe('Stage Create and Send Offer (Create_and_Send_Offer_Stage)');
  expect(row('Create_and_Send_Offer').querySelector('title')?.textContent).toBe('Step Create and Send Offer (Create_and_Send_Offer)');
});

it('its text is at least 12 px: row names and the axis (it was 10 px, the one thing in the run panel too small to read)', () => {
  showRecruitingRunEnd();
  const { container } = render(<GanttChart />);
  const texts = [...container.querySelectorAll('svg text')];
  expect(texts.length).toBeGreaterThan(3);
  for (const text of texts) expect(Number(text.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
});
