/**
 * Announces status changes during a run to screen readers (aria-live), at most one sentence per
 * shown event and politely, so that fast playback does not flood them.
 */
import { elementLabel, outcomeLabel } from '../../commands/queries';
import { describeEvent } from './describeEvent';
import { useAppStore } from '../../store/appStore';
import { useRunUserWords } from '../../ui/useRunUserWords';

export function RunAnnouncer() {
  const replay = useAppStore((s) => s.replay);
  const runDoc = useAppStore((s) => s.runDoc);
  const userWords = useRunUserWords();
  const index = useAppStore((s) => s.cursor.index);
  const playing = useAppStore((s) => s.cursor.playing);
  const event = replay && index >= 0 ? replay.events[index] : undefined;
  const text = event && event.type !== 'evaluation'
    ? describeEvent(event, (name) => (runDoc ? elementLabel(runDoc, name) : name), (decision, outcome) => (runDoc ? outcomeLabel(runDoc, decision, outcome) : outcome), userWords)
    : '';
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="run-announcer">
      {playing && replay && replay.length > 200 ? '' : text}
    </div>
  );
}
