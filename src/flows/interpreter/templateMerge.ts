/**
 * Merging `{!…}` fields in a run: a text template (`<textTemplates>`) and a text value written in an
 * element (`<stringValue>`), as Flow merges both.
 *
 * A merge field the run cannot read used to merge as empty text and say nothing, which hid two
 * different things (2026-12-07):
 * - **a global the simulator does not know** (`{!$Profile.Name}` with no running user, `{!$Record.X}`
 *   with no triggering record): Salesforce has a value there, the simulator has none, so the run
 *   stops as unsupported, naming the reference — as a formula reading it does;
 * - **a field of a record variable that holds no record** (a Get Records that found nothing:
 *   `{!Get_Account.Name}`), or a name the flow does not have: Salesforce's runtime fails an element
 *   that reads such a field — "The flow failed to access the value for Get_Account.Name because it
 *   hasn't been set or assigned" (Salesforce Help, *Process fails with "The flow failed to access the
 *   value for [example] because it hasn't been set or assigned"*, knowledge article 000382782) — and
 *   no Help page says a text template is different. *The simulator keeps merging empty text there, as
 *   before, and the run says so on the element's path step (`notes`), where Salesforce may fault
 *   (chosen: Salesforce documents the error for criteria and elements, not for templates; a fault
 *   here would stop real flows on a guess).*
 * Where a null record's field reads null by design — a variable's default, a screen's visibility
 * rules (nullRecordRead.ts) — nothing fails and nothing is said.
 */
import { renderTemplate, type FormulaContext } from '../formula';
import type { Frame } from './frame';
import { FlowStop, unsupported } from './stop';

/** `text` with its merge fields replaced; `what` names it in a note or a stop ("text template Body"). */
export function mergeInRun(frame: Frame, text: string, what: string): string {
  const failed = new Map<string, FlowStop>();
  const context: FormulaContext = {
    ...frame.formulaContext(),
    resolve: (reference) => {
      try {
        return frame.formulaRead(reference);
      } catch (caught) {
        if (!(caught instanceof FlowStop) || caught.kind === 'limit') throw caught;
        failed.set(reference, caught);
        return undefined;
      }
    },
  };
  const rendered = renderTemplate(String(text), context);
  // a failed read the formula language answered itself ($Flow.CurrentDate, $GlobalConstant.*) left no error
  const unread = new Set(rendered.errors.map((error) => error.reference).filter((name) => name !== undefined));
  for (const [reference, stop] of failed) {
    if (!unread.has(reference)) continue;
    if (stop.kind === 'unsupported') throw unsupported(`${what}: ${stop.message}`, { ...stop.detail, reference });
    frame.note(`${what}: {!${reference}} merged as empty text — ${stop.message}; Salesforce may fail the element here`);
  }
  return rendered.text;
}
