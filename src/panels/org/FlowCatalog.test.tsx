// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores, renderWithOrg, doc } from '../testing/renderPanel';
import { FlowCatalog } from './FlowCatalog';
import { useAppStore } from '../../store/appStore';

describe('FlowCatalog', () => {
  beforeEach(() => resetStores());

  it('lists and filters flows by type and search, with elements, inputs and outputs', async () => {
    // given
    renderWithOrg(<FlowCatalog />);
    expect(await screen.findByRole('article', { name: 'Flow Ship laptop' })).toHaveTextContent('Action, Wait');
    // when
    fireEvent.change(screen.getByLabelText('Flow type'), { target: { value: 'evaluation' } });
    // then
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Flow Ship laptop' })).toBeNull());
    expect(screen.getByRole('article', { name: 'Flow Hire confirmed?' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Search flows'), { target: { value: 'old' } });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Flow Hire confirmed?' })).toBeNull());
    expect(screen.getByRole('article', { name: 'Flow Old check' })).toHaveTextContent('Inactive');
  });

  it('shows an org error with Retry, and recovers', async () => {
    // given
    useAppStore.setState({ simulateOrgErrors: true });
    renderWithOrg(<FlowCatalog />);
    // then
    expect(await screen.findByRole('alert')).toHaveTextContent('simulated org error');
    // when
    useAppStore.setState({ simulateOrgErrors: false });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    // then
    expect(await screen.findByRole('article', { name: 'Flow Ship laptop' })).toBeInTheDocument();
  });

  it('adds a new flow through the org and edits an existing one', async () => {
    renderWithOrg(<FlowCatalog />);
    await screen.findByRole('article', { name: 'Flow Ship laptop' });
    fireEvent.click(screen.getByRole('button', { name: '+ New flow' }));
    fireEvent.change(screen.getByLabelText('Flow API name'), { target: { value: 'Notify_Team' } });
    fireEvent.click(screen.getByLabelText('Wait'));
    fireEvent.change(screen.getByLabelText('Inputs (comma-separated)'), { target: { value: 'teamId, message' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save flow' }));
    await waitFor(() => expect(doc().flows!.find((f) => f.name === 'Notify_Team')).toMatchObject({ elements: ['Wait'], inputs: ['teamId', 'message'] }));

    fireEvent.click(await screen.findByRole('button', { name: 'Edit flow', description: / Create_Accounts$/ }));
    fireEvent.click(screen.getByLabelText('Subflow'));
    fireEvent.click(screen.getByRole('button', { name: 'Save flow' }));
    await waitFor(() => expect(doc().flows!.find((f) => f.name === 'Create_Accounts')!.elements).toContain('Subflow'));
  });

  it('says when a simulated duration is not a whole number of milliseconds, instead of dropping it in silence', async () => {
    renderWithOrg(<FlowCatalog />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit flow', description: / Create_Accounts$/ }));
    const duration = screen.getByLabelText('Simulated duration (ms)');
    fireEvent.change(duration, { target: { value: '1.5' } });
    expect(duration).toHaveAccessibleDescription(/a whole number of milliseconds, 0 or more/);
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveValue(1.5);
    // corrected, the message goes and the flow saves with it
    fireEvent.change(duration, { target: { value: '2000' } });
    expect(duration).not.toHaveAttribute('aria-invalid');
    fireEvent.click(screen.getByRole('button', { name: 'Save flow' }));
    await waitFor(() => expect(doc().flows!.find((f) => f.name === 'Create_Accounts')!.behavior?.durationMs).toBe(2000));
  });

  it('refuses to save a flow under a taken name', async () => {
    renderWithOrg(<FlowCatalog />);
    // a new flow needs the catalog (free names, clashes): the button waits for it
    expect(screen.getByRole('button', { name: '+ New flow' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: '+ New flow' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: '+ New flow' }));
    fireEvent.change(screen.getByLabelText('Flow API name'), { target: { value: 'Ship_Laptop' } });
    expect(screen.getByLabelText('Flow API name')).toHaveAccessibleDescription(/already named/);
    expect(screen.getByRole('button', { name: 'Save flow' })).toBeDisabled();
  });

  it('shows a flow read from a project as read-only, with its file and its variables\' types', async () => {
    // given Ship_Laptop came from a project, with declared variables
    const base = doc();
    resetStores({ ...base, flows: base.flows!.map((f) => (f.name === 'Ship_Laptop' ? { ...f, inputs: ['userId'], outputs: ['assetTag'], source: { path: 'force-app/main/default/flows/Ship_Laptop.flow-meta.xml', status: 'Active' }, parameters: [
      { name: 'userId', direction: 'input' as const, dataType: 'String' },
      { name: 'assetTag', direction: 'output' as const, dataType: 'SObject', objectType: 'Asset', isCollection: true },
    ] } : f)) });
    renderWithOrg(<FlowCatalog />);
    // then
    const item = await screen.findByRole('article', { name: 'Flow Ship laptop' });
    expect(item).toHaveTextContent('From force-app/main/default/flows/Ship_Laptop.flow-meta.xml (Active): edit it in the project.');
    expect(item).toHaveTextContent('userId: String');
    expect(item).toHaveTextContent('assetTag: Asset record collection');
    expect(screen.queryByRole('button', { name: 'Edit flow', description: / Ship_Laptop$/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit flow', description: / Create_Accounts$/ })).toBeInTheDocument();
  });

  it('says a project flow\'s file status in an admin\'s words: Invalid draft, not InvalidDraft', async () => {
    const base = doc();
    resetStores({ ...base, flows: base.flows!.map((f) => (f.name === 'Ship_Laptop' ? { ...f, source: { path: 'force-app/main/default/flows/Ship_Laptop.flow-meta.xml', status: 'InvalidDraft' } } : f)) });
    renderWithOrg(<FlowCatalog />);
    const item = await screen.findByRole('article', { name: 'Flow Ship laptop' });
    expect(item).toHaveTextContent('From force-app/main/default/flows/Ship_Laptop.flow-meta.xml (Invalid draft): edit it in the project.');
  });

  it('+ New flow puts focus in its label, the API name follows it, and Save flow puts focus on the flow’s Edit button', async () => {
    // given
    renderWithOrg(<FlowCatalog />);
    await waitFor(() => expect(screen.getByRole('button', { name: '+ New flow' })).toBeEnabled());
    // when
    fireEvent.click(screen.getByRole('button', { name: '+ New flow' }));
    // then
    expect(screen.getByLabelText('Flow label')).toHaveFocus();
    // when
    fireEvent.change(screen.getByLabelText('Flow label'), { target: { value: 'Notify team' } });
    // then
    expect(screen.getByLabelText('Flow API name')).toHaveValue('Notify_team');
    // when
    fireEvent.click(screen.getByRole('button', { name: 'Save flow' }));
    // then
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit flow', description: / Notify_team$/ })).toHaveFocus());
    expect(doc().flows!.find((f) => f.name === 'Notify_team')).toMatchObject({ label: 'Notify team' });
  });
});
