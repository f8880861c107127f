/**
 * Why an interactive step that is In progress has not completed, as of the moment shown: its work
 * item is open and waits for its assignee (the last assignment up to that moment), and how the admin
 * completes it now. The panel said only the step's status and who it runs as, so a run that sat on a
 * work item gave no reason until its end ("The run is stuck"), and then only when nothing else could
 * wake it. A run read from a trace file takes no interventions: the hint is left out.
 */
import { useAppStore } from '../../store/appStore';
import { formatVirtualTime } from './formatTime';
import { assigneeInWords } from './workItemAssignee';

export function WorkItemWhy({ step }: { step: string }) {
  const open = useAppStore((s) => s.snapshot?.openWorkItems.includes(step) ?? false);
  const events = useAppStore((s) => s.replay?.events);
  const index = useAppStore((s) => s.cursor.index);
  const time = useAppStore((s) => s.cursor.time);
  const doc = useAppStore((s) => s.runDoc);
  const simulated = useAppStore((s) => s.runScenario !== null);
  if (!open || !events || !doc) return null;
  let assignee: string | undefined;
  for (let i = Math.min(index, events.length - 1); i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'workItemAssigned' && e.step === step) {
      assignee = e.assignee;
      break;
    }
  }
  return (
    <div aria-label="Why it has not completed" role="note" className="space-y-1 rounded bg-amber-50 p-2 text-ink-800">
      <p className="font-semibold">Why it has not completed, at {formatVirtualTime(time)}:</p>
      <p>Its work item waits for {assigneeInWords(doc, step, assignee)} to complete it.</p>
      {simulated && <p>Complete work item, on its card or under Act on the run, completes it at this moment.</p>}
    </div>
  );
}
