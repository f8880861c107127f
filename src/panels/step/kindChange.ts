/** The step changes that turn a step into the other kind (each kind has its own properties). */
import { firstFlowOfKind } from '../../commands/addStep';
import type { StepChanges } from '../../commands/updateStep';
import type { Orchestration, Step } from '../../model/types';

/** In a design from a project, the new kind starts with no flow, as a new step does (docs/editor.md, "A new step's flow"). */
export function kindChange(doc: Orchestration, kind: Step['kind']): StepChanges {
  const flow = firstFlowOfKind(doc, kind, true);
  const common: StepChanges = { kind, flow, inputs: undefined, outputs: undefined };
  return kind === 'background'
    ? { ...common, runAs: { mode: 'default' }, assignee: undefined, complete: undefined }
    : { ...common, runAs: undefined, requiresAsync: undefined, complete: { mode: 'screenFlowFinished' } };
}

/**
 * The notice for `step` turned into the other kind, naming what went with its old kind, or null
 * when nothing did. Each kind has its own properties, so the change removes the run-as user or the
 * assignee and the input and output mappings, and takes the first active flow of the new kind:
 * Step type is a select, where an arrow key changes the kind at once, and a user typed in Run as
 * went unseen (an editing walkthrough; docs/editor.md, *chosen*).
 */
export function kindChangeNotice(doc: Orchestration, step: Step, changes: StepChanges): string | null {
  if (changes.kind === step.kind) return null;
  const gone: string[] = [];
  if (step.flow && step.flow !== changes.flow) {
    const label = (name: string) => (doc.flows ?? []).find((f) => f.name === name)?.label ?? name;
    gone.push(`its flow “${label(step.flow)}”${changes.flow ? ` (now “${label(changes.flow)}”)` : ''}`);
  }
  const mappings = Object.keys(step.inputs ?? {}).length + Object.keys(step.outputs ?? {}).length;
  if (mappings > 0) gone.push(mappings === 1 ? 'its input or output mapping' : `its ${mappings} input and output mappings`);
  if (step.runAs?.mode === 'user') gone.push(`its run-as user ${step.runAs.user}`);
  if (step.assignee?.name) gone.push(`its assignee ${step.assignee.name}`);
  if (gone.length === 0) return null;
  const list = gone.length === 1 ? gone[0]! : `${gone.slice(0, -1).join(', ')} and ${gone[gone.length - 1]!}`;
  const kind = changes.kind === 'interactive' ? 'an interactive step' : 'a background step';
  const plural = gone.length > 1 || list.endsWith('mappings');
  return `“${step.label ?? step.name}” is now ${kind}: ${list} went with its old kind. Undo (Ctrl/Cmd+Z) brings ${plural ? 'them' : 'it'} back.`;
}
