/**
 * An API name or reference that may break only between its parts: after each `.`, `_` and `:`
 * (`Recruiter_Review: Leadership_Skills_|Comments`). With `break-all` a long screen-field name in
 * Scenarios broke wherever its column ended — "Company_Values_Commen|ts", "RecommendForHire.valu|e".
 * A part longer than the whole line still breaks where it must (`[overflow-wrap:anywhere]` on the
 * element holding it, the class exported here).
 */
import { Fragment, type ReactNode } from 'react';

/** The wrapping of an element holding a breakable name: its parts first, anywhere only as a last resort. */
export const BREAKABLE_CLASS = '[overflow-wrap:anywhere]';

/** Where a name may break by default: after each `.`, `_` and `:`. */
const NAME_PARTS = /(?<=[._:])/;

/** `text` with a line-break opportunity (`<wbr>`) at each split of `parts` (by default after `.`, `_`, `:`). */
export function breakableName(text: string, parts: RegExp = NAME_PARTS): ReactNode {
  const pieces = text.split(parts);
  if (pieces.length === 1) return text;
  return pieces.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
