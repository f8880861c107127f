/**
 * Every outcome an evaluation flow's decision tested and did not meet, all rows, behind a
 * disclosure: the sentence above it names only the first few (decisionInShort.ts).
 */
import type { DecisionInShort } from './decisionInShort';

export function AllOutcomesNotMet({ short }: { short: DecisionInShort }) {
  if (!short.cut) return null;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-brand-700 underline">All {short.all.length} outcomes not met</summary>
      {/* it scrolls past 16 rem: focusable, so a keyboard user can scroll it (axe scrollable-region-focusable) */}
      <ul tabIndex={0} aria-label="Outcomes not met" className="mt-1 max-h-64 list-disc overflow-auto pl-5 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500">
        {short.all.map((line, i) => <li key={i}>{line}</li>)}
      </ul>
    </details>
  );
}
