/**
 * Whether a name shows nothing: empty, or only white space (spaces, tabs, line breaks, no-break
 * spaces) and characters that draw nothing — zero-width spaces and joiners (U+200B–U+200D, U+2060),
 * the byte order mark U+FEFF, soft hyphens, direction marks, variation selectors and the other
 * default-ignorable code points Unicode says a renderer shows as nothing, and the braille blank
 * U+2800. A scenario so named is nameless, in the app and the command line alike: `trim()` keeps a
 * zero-width space, so a name pasted as one read as a blank option in the pickers and a JUnit
 * testcase named by that invisible character (docs/scenarios.md, *chosen*).
 */
const SHOWS_NOTHING = /^[\s\p{Default_Ignorable_Code_Point}\u2800]*$/u;

export function isBlankName(name: string): boolean {
  return SHOWS_NOTHING.test(name);
}
