/**
 * The child relationships of standard objects that flows update most (`$Record.Contacts` on an
 * Account: the contacts whose AccountId is the account), by the parent object and the relationship's
 * name: the child object and its lookup field. A flow file carries no schema, and a project's
 * `objects` folder seldom holds the standard objects' metadata, so they are written here from the
 * Object Reference's relationship names (*chosen*: a child relationship not in this list — a custom
 * one, `Orders__r`, or a rarer standard one — still stops the run as unsupported, saying so).
 * Survey 17: Update Records on `$Record.Contacts` and `$Record.Opportunities` of Account triggers
 * stopped the run, suggesting a lookup field `ContactsId` that no Account has.
 */

/** A child relationship: the child object and the lookup field on it that names the parent. */
export interface ChildRelationship {
  readonly object: string;
  readonly field: string;
}

/** Activities name their record through WhatId, or WhoId for a person (a contact or a lead). */
const whatActivities = { Tasks: { object: 'Task', field: 'WhatId' }, Events: { object: 'Event', field: 'WhatId' } };
const whoActivities = { Tasks: { object: 'Task', field: 'WhoId' }, Events: { object: 'Event', field: 'WhoId' } };

const BY_PARENT: Readonly<Record<string, Readonly<Record<string, ChildRelationship>>>> = {
  account: {
    Contacts: { object: 'Contact', field: 'AccountId' }, Opportunities: { object: 'Opportunity', field: 'AccountId' },
    Cases: { object: 'Case', field: 'AccountId' }, Assets: { object: 'Asset', field: 'AccountId' },
    Contracts: { object: 'Contract', field: 'AccountId' }, Orders: { object: 'Order', field: 'AccountId' },
    ChildAccounts: { object: 'Account', field: 'ParentId' }, AccountContactRelations: { object: 'AccountContactRelation', field: 'AccountId' },
    AccountTeamMembers: { object: 'AccountTeamMember', field: 'AccountId' }, Entitlements: { object: 'Entitlement', field: 'AccountId' },
    ...whatActivities,
  },
  contact: {
    Cases: { object: 'Case', field: 'ContactId' }, OpportunityContactRoles: { object: 'OpportunityContactRole', field: 'ContactId' },
    CampaignMembers: { object: 'CampaignMember', field: 'ContactId' }, AccountContactRelations: { object: 'AccountContactRelation', field: 'ContactId' },
    ...whoActivities,
  },
  lead: { CampaignMembers: { object: 'CampaignMember', field: 'LeadId' }, ...whoActivities },
  opportunity: {
    OpportunityLineItems: { object: 'OpportunityLineItem', field: 'OpportunityId' }, OpportunityContactRoles: { object: 'OpportunityContactRole', field: 'OpportunityId' },
    Quotes: { object: 'Quote', field: 'OpportunityId' }, OpportunityTeamMembers: { object: 'OpportunityTeamMember', field: 'OpportunityId' },
    OpportunitySplits: { object: 'OpportunitySplit', field: 'OpportunityId' }, ...whatActivities,
  },
  case: { Cases: { object: 'Case', field: 'ParentId' }, CaseComments: { object: 'CaseComment', field: 'ParentId' }, ...whatActivities },
  campaign: { CampaignMembers: { object: 'CampaignMember', field: 'CampaignId' }, ...whatActivities },
  quote: { QuoteLineItems: { object: 'QuoteLineItem', field: 'QuoteId' }, ...whatActivities },
  order: { OrderItems: { object: 'OrderItem', field: 'OrderId' }, ...whatActivities },
  contract: { Orders: { object: 'Order', field: 'ContractId' }, ...whatActivities },
};

/** The child relationship `name` of `parentObject` (names compared case-insensitively), if it is a known standard one. */
export function standardChildRelationship(parentObject: string, name: string): ChildRelationship | undefined {
  // an own property only: an object named `constructor` is no parent here
  const parent = parentObject.toLowerCase();
  const relationships = Object.hasOwn(BY_PARENT, parent) ? BY_PARENT[parent] : undefined;
  if (!relationships) return undefined;
  const key = Object.keys(relationships).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : relationships[key];
}
