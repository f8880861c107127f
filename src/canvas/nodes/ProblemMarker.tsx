/**
 * The validation marker on a node: a badge whose title (tooltip) and name list the problems. An
 * element whose problems all follow from an error elsewhere gets a muted marker (outlined, "↳"):
 * still there to point at the consequence, but not read as one more thing to fix. *Chosen* (docs/editor.md).
 */
export function ProblemMarker({ problems, invalid, consequencesOnly = false }: { problems: readonly string[]; invalid: boolean; consequencesOnly?: boolean | undefined }) {
  if (!problems.length) return null;
  const text = problems.join('\n');
  const muted = !invalid && consequencesOnly;
  return (
    <span role="img" aria-label={`${invalid ? 'Error' : 'Warning'}: ${text}`} title={text} className={`sf-marker ${invalid ? 'sf-error' : muted ? 'sf-consequence' : ''}`}>
      {invalid ? '!' : muted ? '↳' : '?'}
      {problems.length > 1 ? problems.length : ''}
    </span>
  );
}
