/** The validation marker on a node: a badge whose title (tooltip) and name list the problems. */
export function ProblemMarker({ problems, invalid }: { problems: readonly string[]; invalid: boolean }) {
  if (!problems.length) return null;
  const text = problems.join('\n');
  return (
    <span role="img" aria-label={`${invalid ? 'Error' : 'Warning'}: ${text}`} title={text} className={`sf-marker ${invalid ? 'sf-error' : ''}`}>
      {invalid ? '!' : '?'}
      {problems.length > 1 ? problems.length : ''}
    </span>
  );
}
