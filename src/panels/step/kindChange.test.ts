import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { kindChange } from './kindChange';

describe('Step type: the flow the new kind starts with', () => {
  it('is the catalog\'s first active flow of the kind in a hand-made catalog', () => {
    expect(kindChange(propertiesFixture(), 'interactive').flow).toBe('Review_Hire');
    expect(kindChange(propertiesFixture(), 'background').flow).toBe('Create_Accounts');
  });

  it('is none in a design from a project, as a new step\'s is: the admin chooses it among the project\'s flows', () => {
    // given the same catalog, read from a project's files
    const base = propertiesFixture();
    const doc = { ...base, flows: (base.flows ?? []).map((f) => ({ ...f, source: { path: `force-app/main/default/flows/${f.name}.flow-meta.xml` } })) };
    // when a step becomes the other kind
    const changes = kindChange(doc, 'interactive');
    // then its flow goes with its old kind, and none is chosen for it
    expect('flow' in changes).toBe(true);
    expect(changes.flow).toBeUndefined();
  });
});
