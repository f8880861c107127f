// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createFieldHistoryKeys } from './fieldHistoryKey';

/** A text field of the Properties panel, or of `container` when given. */
function field(container = 'aside[data-design-fields]', type = 'text'): HTMLInputElement {
  const host = document.querySelector(container) ?? document.body;
  const input = document.createElement('input');
  input.type = type;
  host.append(input);
  return input;
}

describe('Undo in a Properties text field (docs/editor.md, chosen)', () => {
  beforeEach(() => {
    document.body.innerHTML = '<aside aria-label="Properties" data-design-fields><form></form></aside><aside aria-label="Properties" id="run"></aside><search></search>';
  });

  it('is the app\'s in a field not typed into since it got focus (Tab out of Label into API Name)', () => {
    // given Label typed into, then API Name reached
    const keys = createFieldHistoryKeys();
    const label = field();
    const apiName = field();
    keys.focused(null);
    keys.typed(label);
    keys.focused(null);
    // then Undo on API Name is the app's; on the field typed into it would have been the field's
    expect(keys.appOwnsHistoryKey(apiName, true)).toBe(true);
  });

  it('is the field\'s own while it has been typed into since it got focus', () => {
    const keys = createFieldHistoryKeys();
    const label = field();
    keys.focused(label);
    label.value = 'typed';
    keys.typed(label);
    expect(keys.appOwnsHistoryKey(label, true)).toBe(false);
    expect(keys.appOwnsHistoryKey(label, false)).toBe(false);
    // when it gets focus again, its typing was committed: Undo is the app's again
    keys.focused(label);
    expect(keys.appOwnsHistoryKey(label, true)).toBe(true);
  });

  it('is the app\'s Undo again once the field\'s own typing is all undone (the browser would go on into the field before); Redo stays the field\'s', () => {
    // given API Name typed into after Label, then its typing undone by the browser
    const keys = createFieldHistoryKeys();
    const apiName = field();
    apiName.value = 'Buddy';
    keys.focused(apiName);
    apiName.value = 'Buddy_X';
    keys.typed(apiName);
    apiName.value = 'Buddy';
    keys.typed(apiName);
    // then
    expect(keys.appOwnsHistoryKey(apiName, true)).toBe(true);
    expect(keys.appOwnsHistoryKey(apiName, false)).toBe(false);
  });

  it('fields outside the design\'s Properties panel (Find, rename in place, the run view), a draft form in it, a search box and boxes that take no text are left alone', () => {
    const keys = createFieldHistoryKeys();
    keys.focused(null);
    expect(keys.appOwnsHistoryKey(field('search'), true)).toBe(false);
    expect(keys.appOwnsHistoryKey(field('main'), true)).toBe(false);
    expect(keys.appOwnsHistoryKey(field('#run'), true)).toBe(false);
    // a new flow's draft (FlowEditor's form): the app's Undo took the flow away with the typing
    expect(keys.appOwnsHistoryKey(field('aside[data-design-fields] form'), true)).toBe(false);
    expect(keys.appOwnsHistoryKey(field(undefined, 'search'), true)).toBe(false);
    expect(keys.appOwnsHistoryKey(field(undefined, 'checkbox'), true)).toBe(false);
  });
});
