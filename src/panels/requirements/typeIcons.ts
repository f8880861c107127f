/** A short glyph and a name per resource type, shown in the resource picker and beside it. */
import type { ResourceType } from './resourceTypes';

export const TYPE_ICONS: Record<ResourceType, string> = {
  Text: 'Aa',
  Number: '#',
  Boolean: 'T/F',
  Date: '▦',
  DateTime: '◷',
  Status: '◉',
  Record: '{}',
  Unknown: '∗',
};

export const TYPE_NAMES: Record<ResourceType, string> = {
  Text: 'Text',
  Number: 'Number',
  Boolean: 'Boolean',
  Date: 'Date',
  DateTime: 'Date/Time',
  Status: 'Status',
  Record: 'Record',
  Unknown: 'Any type',
};
