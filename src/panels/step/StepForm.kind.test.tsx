// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { locateElement } from '../../commands/elementLocator';
import { doc, renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';

const kindOf = (name: string) => {
  const at = locateElement(doc(), name);
  return at?.kind === 'step' ? at.step.kind : null;
};

it('another Step type names what went with the old kind (flow, mappings, run-as user) in a notice that offers Undo', () => {
  // given a background step running as a chosen user, with a flow and an output mapping
  const base = propertiesFixture();
  base.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop')!.runAs = { mode: 'user', user: 'jane@example.com' };
  renderPanel(['Provision_Laptop'], base);
  // when it is made an interactive step
  fireEvent.change(screen.getByLabelText('Step type'), { target: { value: 'interactive' } });
  // then the user is told what went, and may undo it (before: the run-as user went unseen)
  expect(kindOf('Provision_Laptop')).toBe('interactive');
  const notice = useAppStore.getState().notices.at(-1);
  expect(notice?.text).toMatch(/^“Provision laptop” is now an interactive step: its flow “[^”]+” \(now “[^”]+”\), its 2 input and output mappings and its run-as user jane@example\.com went with its old kind\. Undo \(Ctrl\/Cmd\+Z\) brings them back\.$/);
  expect(notice?.undo).toBe(true);
  // and Undo brings the background step back with its user
  useAppStore.getState().undo();
  const at = locateElement(doc(), 'Provision_Laptop');
  expect(at?.kind === 'step' ? at.step.runAs : null).toEqual({ mode: 'user', user: 'jane@example.com' });
});

it('another Step type says nothing when nothing went with the old kind', () => {
  // given a background step with no flow, mappings or chosen user
  const base = propertiesFixture();
  const bare = base.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop')!;
  delete bare.flow;
  delete bare.inputs;
  delete bare.outputs;
  bare.runAs = { mode: 'default' };
  base.flows = (base.flows ?? []).filter((f) => f.type !== 'screen');
  renderPanel(['Provision_Laptop'], base);
  const count = useAppStore.getState().notices.length;
  fireEvent.change(screen.getByLabelText('Step type'), { target: { value: 'interactive' } });
  expect(kindOf('Provision_Laptop')).toBe('interactive');
  expect(useAppStore.getState().notices).toHaveLength(count);
});
