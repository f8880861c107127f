/**
 * HYPERLINK(url, friendly_name [, target]): the link as the HTML text a flow formula gives, which
 * a Display Text or an email shows as a link. Stageflow never renders it as HTML (the run view
 * shows text), so nothing in it is escaped; the markup is what the flow would hand on.
 */
import { textValue } from '../../values';
import { checkTextLength } from '../textLimit';
import type { FunctionTable } from './formulaFunction';

export const HYPERLINK_FUNCTIONS: FunctionTable = {
  HYPERLINK: {
    minArgs: 2,
    maxArgs: 3,
    call: (args) => {
      const url = args.text(0) ?? '', name = args.text(1) ?? '';
      const target = args.count > 2 ? args.text(2) ?? '' : '';
      // The target attribute appears only when a target is given (as formulon, tested against Salesforce, writes it).
      const link = `<a href="${url}"${target === '' ? '' : ` target="${target}"`}>${name}</a>`;
      checkTextLength(link.length, args.pos, 'HYPERLINK', 'HYPERLINK');
      return textValue(link);
    },
  },
};
