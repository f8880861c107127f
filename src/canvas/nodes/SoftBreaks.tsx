/**
 * A chip's text with a line-break opportunity (`<wbr>`) after each `.` and `:` inside a word
 * (`SOFT_BREAK`), so a reference too long for its card breaks between its parts —
 * "$Record.Owner:User." / "Username" — rather than wherever the line ends ("…User.Usernam" / "e"),
 * which `overflow-wrap: anywhere` did. The card's height counts the same breaks (`chipRows`).
 */
import { Fragment, type ReactNode } from 'react';
import { SOFT_BREAK } from '../layout/textMetrics';

export function softBreaks(text: string): ReactNode {
  const parts = text.split(SOFT_BREAK);
  if (parts.length === 1) return text;
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
