import { describe, expect, it } from 'vitest';
import { namedRelationshipTarget, relationshipTarget } from './relationships';
import type { ProjectObjects } from './types';

const objects: ProjectObjects = new Map([
  ['Case', new Map([['Parent_Case__c', { name: 'Parent_Case__c', type: 'Lookup', referenceTo: ['Case'] }], ['Who__c', { name: 'Who__c', type: 'Lookup', referenceTo: ['Contact', 'Lead'] }]])],
]);

describe('where a relationship leads', () => {
  it('by its name: a typed polymorphic one, a relationship to a User, Parent, a standard lookup named after its object', () => {
    expect(namedRelationshipTarget('Owner:Group', 'Case')).toBe('Group');
    expect(namedRelationshipTarget('Manager', 'User')).toBe('User');
    expect(namedRelationshipTarget('Owner', 'Case')).toBe('User');
    expect(namedRelationshipTarget('Parent', 'Account')).toBe('Account');
    expect(namedRelationshipTarget('Account', 'Case')).toBe('Account');
    expect(namedRelationshipTarget('Parent_Case__r', 'Case')).toBeNull();
    expect(namedRelationshipTarget('Whatever', 'Case')).toBeNull();
  });

  it('a custom one by its lookup\'s single <referenceTo> in the project; several targets or no metadata say nothing', () => {
    expect(relationshipTarget('Parent_Case__r', 'Case', objects)).toBe('Case');
    expect(relationshipTarget('Who__r', 'Case', objects)).toBeNull();
    expect(relationshipTarget('Parent_Case__r', 'Case', undefined)).toBeNull();
    expect(relationshipTarget('Account', 'Case', undefined)).toBe('Account');
  });
});
