/**
 * The Label of a stage, step or decision. Typing is one undo entry; when the element still has the
 * API name the designer derived from its old label (a new element), leaving the field derives a
 * new unique API name from the new label in the same entry, as Flow Builder does. An element of the
 * project file the design was opened from keeps its API name, as a saved element does in Flow Builder.
 */
import { useRef } from 'react';
import type { Command } from '../../commands/command';
import { setApiName } from '../../commands/setApiName';
import { derivedName, isDerivedName } from './apiNames';
import { TextField } from '../../ui/fields/TextField';
import type { TypingGesture } from '../../ui/fields/useTypingGesture';
import { useAppStore } from '../../store/appStore';
import { selectSavedInProject } from '../../store/selectors';

export interface LabelFieldProps<P> {
  name: string;
  label: string | undefined;
  /** The command that sets the label, and its params for a given label. */
  command: Command<P>;
  params(label: string | undefined): P;
  errors?: readonly string[];
  onRenamed?(to: string): void;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

export function LabelField<P>({ name, label, command, params, errors, onRenamed, problemPath }: LabelFieldProps<P>) {
  const start = useRef<{ name: string; label: string | undefined } | null>(null);
  const renamedTo = useRef<string | null>(null);
  const value = label ?? '';
  // said here until the validator says it (no validator yet on the first load): both read the same twice
  const validatorSaysIt = (errors ?? []).some((e) => e.includes('at most 255 characters'));
  const tooLong = value.length > 255 && !validatorSaysIt ? ['A label has at most 255 characters'] : [];

  const onType = (text: string, gesture: TypingGesture) => {
    if (!start.current || start.current.name !== name) start.current = { name, label };
    gesture.type(command, params(text === '' ? undefined : text));
  };

  const onBeforeCommit = (gesture: TypingGesture) => {
    const before = start.current;
    start.current = null;
    renamedTo.current = null;
    // a label of spaces only is no label: left as it was, the card and the Outline showed nothing
    if (value !== '' && value.trim() === '') {
      gesture.type(command, params(undefined));
      return;
    }
    if (!before || value.trim() === '' || value === before.label || !isDerivedName(before.name, before.label)) return;
    // an element of the project's file keeps the API name the file gives it (docs/projects.md)
    if (selectSavedInProject(useAppStore.getState(), before.name)) return;
    const to = derivedName(useAppStore.getState().doc, name, value);
    if (to === name) return;
    gesture.type(setApiName, { from: name, to });
    renamedTo.current = to;
  };

  return (
    <TextField
      label="Label"
      value={value}
      errors={[...tooLong, ...(errors ?? [])]}
      hint={value === '' ? 'Empty: the canvas shows the API name.' : undefined}
      onType={onType}
      problemPath={problemPath}
      onBeforeCommit={onBeforeCommit}
      onCommitted={() => {
        const to = renamedTo.current;
        renamedTo.current = null;
        if (to) onRenamed?.(to);
      }}
    />
  );
}
