/**
 * An edit of one value of the document: applied at once as one undo entry, or, with the typing
 * gesture of a text field, live inside that gesture (one entry when the field loses focus).
 */
import type { Command } from '../../commands/command';
import type { TypingGesture } from '../../ui/fields/useTypingGesture';
import { useAppStore } from '../../store/appStore';

export type Edit<T> = (value: T, gesture?: TypingGesture) => void;

/** The edit that applies `command` with the params made from the new value. */
export function commandEdit<T, P>(command: Command<P>, toParams: (value: T) => P): Edit<T> {
  return (value, gesture) => {
    const params = toParams(value);
    if (gesture) gesture.type(command, params);
    else useAppStore.getState().dispatch(command, params);
  };
}
