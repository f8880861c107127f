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

export function breakableName(text: string): ReactNode {
  const parts = text.split(/(?<=[._:])/);
  if (parts.length === 1) return text;
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
