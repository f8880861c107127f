/**
 * `loops`: the first visit takes a copy of the collection (changes to it during the loop do not
 * change the iteration, chosen); each visit puts the next item in the loop variable (older loops) or
 * in the loop's own name (`{!Loop_Name}`), and goes down "For Each Item"; after the last item, or for
 * an empty or null collection, it goes "After Last Item".
 */
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { fault } from '../stop';

export const runLoop: ElementBehavior<'loop'> = (element, frame) => {
  const key = element.name.toLowerCase();
  let state = frame.loops.get(key);
  if (!state) {
    const collection = frame.resolve(element.collection);
    if (collection.value !== null && !Array.isArray(collection.value)) throw fault(`${element.name}: {!${element.collection}} is not a collection`);
    const items = [...((collection.value as readonly FlowValue['value'][] | null) ?? [])];
    if (element.order === 'Desc') items.reverse();
    state = { items, index: 0, type: collection.type };
    frame.loops.set(key, state);
  }
  if (state.index >= state.items.length) {
    frame.loops.delete(key);
    return { next: element.noMoreValues, outcome: 'done' };
  }
  const value: FlowValue = { type: state.type, value: state.items[state.index++]! };
  if (element.itemVariable) frame.write(element.itemVariable, value, element.name);
  else frame.storeOutput(element.name, value, frame.slot(element.collection.split('.')[0]!)?.objectType);
  return { next: element.nextValue, outcome: 'next' };
};
