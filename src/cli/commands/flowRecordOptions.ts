/**
 * `stageflow flow`'s lines about `--record` and `--user`, which are looked up in the `--records`
 * file: each names that file and the place in it, FORMAT.md §5's `<file>: <path>: warning: <message>`
 * (`rec.json: Account[0]: warning: --record 001A is an Account record; …`), where they began with the
 * option and named no file (docs/cli.md, *chosen*).
 */
import { WHOLE_DOCUMENT } from '../cliIo';
import { fileLabel, oneLine } from '../fileLabel';

/** The records of `--records` as given, by object. */
export type RecordsGiven = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;

/** What `--records` gave: its file, and its records (none when it was not given). */
export interface RecordsFile { readonly file: string; readonly records: RecordsGiven }

const article = (word: string): string => (/^[AEIOU]/i.test(word) ? 'an' : 'a');

/** `<file>: <Object>[<index>]` of the record with this Id in `--records` (`(root)` for one the project added). */
export function recordAt(given: RecordsFile, object: string, id: string): string {
  const index = (given.records[object] ?? []).findIndex((fields) => fields.Id === id);
  return `${fileLabel(given.file)}: ${index < 0 ? WHOLE_DOCUMENT : `${oneLine(object)}[${index}]`}`;
}

/** The warning that `--record` is a record of another object than the flow takes; `takes` says what it takes ("the flow is triggered on Case"). */
export function otherObjectLine(given: RecordsFile, object: string, id: string, takes: string): string {
  return `${recordAt(given, object, id)}: warning: --record ${oneLine(id)} is ${article(object)} ${object} record; ${takes}\n`;
}

/** `--record` naming no record of `--records`: an error of that file. */
export function recordNotFoundLine(given: RecordsFile, id: string): string {
  return `${fileLabel(given.file)}: ${WHOLE_DOCUMENT}: no record of this file has the Id ${oneLine(id)}, given with --record\n`;
}

/** `--record` without `--records`: the usage error's message. */
export const recordWithoutRecords = (id: string): string => `--record ${oneLine(id)} needs --records: $Record is one of the records it gives`;

/** The warning that no User has `--user`'s Username: at the file's User list, or the flow's whole document without `--records`. */
export function userNotFoundLine(given: RecordsFile | undefined, flowLabel: string, user: string): string {
  const then = 'so $User holds only the Username and $Profile, $UserRole and $Permission cannot be read';
  if (given === undefined) return `${flowLabel}: ${WHOLE_DOCUMENT}: warning: no User has the Username ${oneLine(user)}, given with --user: no records were given (--records), ${then}\n`;
  const place = Object.prototype.hasOwnProperty.call(given.records, 'User') ? 'User' : WHOLE_DOCUMENT;
  return `${fileLabel(given.file)}: ${place}: warning: no User of this file has the Username ${oneLine(user)}, given with --user, ${then}\n`;
}
