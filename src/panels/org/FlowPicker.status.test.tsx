// @vitest-environment jsdom
/**
 * A Flow picker names an inactive flow's file status as Setup does ("— inactive (Draft)"), for the
 * design's own flows and the project's flows it offers, so the picker agrees with the step's error
 * ("its file … is a Draft version"); "— inactive" alone did not say what to do.
 */
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { ProjectFlowOffer } from '../../io/project/projectFlowOffer';
import { useAppStore } from '../../store/appStore';
import { doc, renderWithOrg, resetStores } from '../testing/renderPanel';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { FlowPicker } from './FlowPicker';

const flowsDir = 'force-app/main/default/flows';

it('says the file status of an inactive flow of the design and of the project: Draft, Obsolete, Invalid draft', async () => {
  // given a design whose inactive evaluation flow Old_Check came from a Draft file, opened from a project offering two more
  const base = propertiesFixture();
  resetStores({ ...base, flows: base.flows!.map((f) => (f.name === 'Old_Check' ? { ...f, active: false, source: { path: `${flowsDir}/Old_Check.flow-meta.xml`, status: 'Draft' } } : f)) });
  const flowOffer: ProjectFlowOffer = {
    project: 'Onboarding',
    flows: [
      { name: 'Retired_Check', label: 'Retired check', type: 'evaluation', active: false, status: 'Obsolete', path: `${flowsDir}/Retired_Check.flow-meta.xml` },
      { name: 'Broken_Check', label: 'Broken check', type: 'evaluation', active: false, status: 'InvalidDraft', path: `${flowsDir}/Broken_Check.flow-meta.xml` },
      { name: 'Unknown_Check', label: 'Unknown check', type: 'evaluation', active: false, path: `${flowsDir}/Unknown_Check.flow-meta.xml` },
    ],
    link: () => ({ ok: false, message: 'not offered' }),
  };
  useAppStore.getState().setProjectFile({ project: 'Onboarding', apiName: doc().name, path: `${flowsDir}/X.flow-meta.xml`, writable: false, flowOffer });
  // when its evaluation flow picker opens
  renderWithOrg(<FlowPicker label="Evaluation flow" type="evaluation" value="" onChange={() => {}} activeOnly />);
  const picker = screen.getByRole('combobox', { name: 'Evaluation flow' });
  // then each inactive flow says its file's status in Setup's words (a flow without one: inactive alone)
  expect(await within(picker).findByRole('option', { name: 'Old check (Old_Check) — inactive (Draft)' })).toBeDisabled();
  const project = within(within(picker).getByRole('group', { name: 'More flows in Onboarding' })).getAllByRole('option').map((o) => o.textContent);
  expect(project).toEqual(['Retired check (Retired_Check) — inactive (Obsolete)', 'Broken check (Broken_Check) — inactive (Invalid draft)', 'Unknown check (Unknown_Check) — inactive']);
});
