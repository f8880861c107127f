/**
 * A Get Records' automatic output is a resource of the flow from its start, null until the Get
 * Records runs, as Flow Builder offers it: reads of it give null (Frame.resolve), and a write to it
 * before then — a screen's data table storing its edited rows in `{!Get_Contacts}` on a path that
 * skipped the Get Records (survey 20) — declares it as the Get Records would store it: a record of
 * its object, or a collection of them when it gets all records.
 */
import { NULL_FLOW_VALUE, type FlowValue } from '../values';
import type { Frame } from './frame';
import type { SlotState } from './frameTypes';

export function declareLookupOutput(frame: Frame, name: string): SlotState | undefined {
  const key = name.toLowerCase();
  const lookup = Object.values(frame.definition.elements).find((e) => e.kind === 'recordLookup' && e.name.toLowerCase() === key);
  // only the automatic output: a Get Records that stores into variables has no resource of its own
  if (lookup?.kind !== 'recordLookup' || !lookup.storeOutputAutomatically || lookup.outputAssignments.length > 0) return undefined;
  const empty: FlowValue = lookup.getFirstRecordOnly ? { ...NULL_FLOW_VALUE, type: 'Record' } : { type: 'Record', value: null, collection: true };
  frame.storeOutput(lookup.name, empty, lookup.object);
  return frame.slot(lookup.name);
}
