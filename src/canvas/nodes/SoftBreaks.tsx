/**
 * A chip's text with a line-break opportunity (`<wbr>`) after each `.` and `:` inside a word
 * (`SOFT_BREAK`), so a reference too long for its card breaks between its parts —
 * "$Record.Owner:User." / "Username" — rather than wherever the line ends ("…User.Usernam" / "e"),
 * which `overflow-wrap: anywhere` did. The card's height counts the same breaks (`chipRows`).
 */
import type { ReactNode } from 'react';
import { breakableName } from '../../ui/breakableName';
import { SOFT_BREAK } from '../layout/textMetrics';

export function softBreaks(text: string): ReactNode {
  return breakableName(text, SOFT_BREAK);
}
