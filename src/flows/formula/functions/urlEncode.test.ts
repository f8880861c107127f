import { describe, expect, it } from 'vitest';
import { numberValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const ctx = contextOf({ subject: textValue('Login page down!'), number: textValue('00001042'), none: textValue(null), n: numberValue(3) });

describe('URLENCODE', () => {
  it('URLENCODE: a space is %20 and an exclamation point %21, as Salesforce\'s reference says; RFC 3986 unreserved characters stay', () => {
    expect(run('URLENCODE("a b!")')).toEqual(textValue('a%20b%21'));
    expect(run('URLENCODE("AZaz09-._~")')).toEqual(textValue('AZaz09-._~'));
    expect(run('URLENCODE("q=1&r=(2)*3\'/#?+,;:@$")')).toEqual(textValue('q%3D1%26r%3D%282%29%2A3%27%2F%23%3F%2B%2C%3B%3A%40%24'));
  });

  it('URLENCODE: other characters are the %XX codes of their UTF-8 bytes, upper-case hex; half an emoji becomes U+FFFD', () => {
    expect(run('URLENCODE("café €")')).toEqual(textValue('caf%C3%A9%20%E2%82%AC'));
    expect(run('URLENCODE("😀")')).toEqual(textValue('%F0%9F%98%80'));
    // a value holding half a surrogate pair (a variable cut by another system) is encoded, not a crash
    expect(run('URLENCODE({!half})', contextOf({ half: textValue('a\uD83D') }))).toEqual(textValue('a%EF%BF%BD'));
  });

  it('URLENCODE: a knowledge article URL name as a real flow builds one (SalesforceLabs/FlowAutomationForIncidentManagement, BSD-3-Clause)', () => {
    // the formula of AIM_CreateKnowledgeArticle's URL name (aim-base/main/default/flows), with its record fields as plain
    // variables. Source: github.com/SalesforceLabs/FlowAutomationForIncidentManagement, "Copyright (c) 2018, Salesforce.com, Inc.
    // All rights reserved.", BSD 3-Clause licence (its license.txt): redistributed with this notice.
    expect(run("SUBSTITUTE(URLENCODE(SUBSTITUTE({!subject} & '-' & {!number}, ' ', '')), '%', '')", ctx)).toEqual(textValue('Loginpagedown21-00001042'));
  });

  it('URLENCODE: a blank text is null; an argument that is not text is an error naming it', () => {
    expect(run('URLENCODE({!none})', ctx)).toEqual(textValue(null));
    expect(fails('URLENCODE({!n})', ctx).message).toBe('position 11: URLENCODE argument 1 must be Text, not Number');
    expect(fails('URLENCODE()').message).toBe('position 1: URLENCODE takes 1 argument, not 0');
  });
});
