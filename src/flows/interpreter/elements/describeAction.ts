/**
 * A sentence for what a standard action would have done, for the run's side effects: "email to …",
 * "Chatter post on …". Custom actions (Apex, components, external services, flows called as actions)
 * are described by their type and name.
 */

type Inputs = Readonly<Record<string, unknown>>;

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function pick(inputs: Inputs, ...names: string[]): string {
  for (const name of names) {
    const key = Object.keys(inputs).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined && text(inputs[key]) !== '') return text(inputs[key]);
  }
  return '';
}

function quoted(value: string, max = 80): string {
  const short = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return short === '' ? '' : `: "${short}"`;
}

/** The sentence for an action call with its evaluated inputs. */
export function describeAction(actionType: string, actionName: string, inputs: Inputs): string {
  switch (actionType) {
    case 'emailSimple': {
      const to = pick(inputs, 'emailAddresses', 'emailAddressesArray', 'recipientAddresses', 'recipientId', 'recipientIds') || 'no recipient';
      return `email to ${to}${quoted(pick(inputs, 'emailSubject'))}`;
    }
    case 'emailAlert':
      return `email alert ${actionName}${pick(inputs, 'SObjectRowId') ? ` for ${pick(inputs, 'SObjectRowId')}` : ''}`;
    case 'chatterPost': {
      const on = pick(inputs, 'subjectNameOrId', 'communityId') || 'the running user';
      return `Chatter post on ${on}${quoted(pick(inputs, 'text'))}`;
    }
    case 'customNotificationAction':
      return `notification to ${pick(inputs, 'recipientIds') || 'no recipient'}${quoted(pick(inputs, 'title', 'body'))}`;
    case 'submit':
      return `approval request for ${pick(inputs, 'objectId') || 'a record'}${pick(inputs, 'processDefinitionNameOrId') ? ` (${pick(inputs, 'processDefinitionNameOrId')})` : ''}`;
    case 'sendAlert':
    case 'slackPostMessage':
      return `message ${actionName}${quoted(pick(inputs, 'message', 'text'))}`;
    default:
      return `${actionType} action ${actionName}`;
  }
}
