/**
 * Standard junction objects whose records Salesforce never updates: a GroupMember, an
 * EntitySubscription (a follow) or a TopicAssignment only links two records, has no field an update
 * could change (describe: not updateable), and is deleted and created again instead. Create Records'
 * Check for Matching Records does not support junction objects, "which cannot be updated" (Salesforce
 * Summer '24; Help, *Check for Duplicate Records*), so an update of a match on one fails
 * (elements/recordCreateMatching.ts).
 */
const NOT_UPDATABLE_JUNCTIONS: ReadonlySet<string> = new Set(['groupmember', 'entitysubscription', 'topicassignment']);

/** Whether `object` is a standard junction object whose records cannot be updated (any case). */
export function isNotUpdatableJunction(object: string): boolean {
  return NOT_UPDATABLE_JUNCTIONS.has(object.toLowerCase());
}
