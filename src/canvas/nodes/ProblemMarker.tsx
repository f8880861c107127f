/** The validation marker on a node: a badge whose title (tooltip) lists the problems. */
export function ProblemMarker({ problems, invalid }: { problems: readonly string[]; invalid: boolean }) {
  if (!problems.length) return null;
  const text = problems.join('\n');
  return (
    <span
      role="img"
      aria-label={`${invalid ? 'Error' : 'Warning'}: ${text}`}
      title={text}
      className={`ml-auto inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full px-1 text-xs font-bold text-white ${invalid ? 'bg-status-error' : 'bg-status-suspended'}`}
    >
      {invalid ? '!' : '?'}
      {problems.length > 1 ? problems.length : ''}
    </span>
  );
}
