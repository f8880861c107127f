import { describe, expect, it } from 'vitest';
import { booleanValue, dateValue, numberValue, textValue } from '../values';
import { MAX_FORMULA_LENGTH, MAX_NESTING, parseFormula } from './index';
import { contextOf, fails, run } from './testing/formulaHarness';

/** The error of text that must not parse. */
function syntaxError(text: string) {
  const parsed = parseFormula(text);
  if (parsed.ok) throw new Error(`${text}: expected a syntax error`);
  return parsed.error;
}

describe('formula syntax: literals', () => {
  it('numbers: integers, decimals, a leading point', () => {
    expect(run('42')).toEqual(numberValue(42));
    expect(run('3.25')).toEqual(numberValue(3.25));
    expect(run('.5')).toEqual(numberValue(0.5));
  });

  it('text in double or single quotes, with backslash escapes', () => {
    expect(run('"say \\"hi\\""')).toEqual(textValue('say "hi"'));
    expect(run("'it\\'s'")).toEqual(textValue("it's"));
    expect(run("'a\\\\b'")).toEqual(textValue('a\\b'));
    expect(run("'line\\nbreak\\ttab'")).toEqual(textValue('line\nbreak\ttab'));
    expect(run('"it\'s"')).toEqual(textValue("it's"));
  });

  it('TRUE, FALSE and NULL in any case', () => {
    expect(run('TRUE')).toEqual(booleanValue(true));
    expect(run('false')).toEqual(booleanValue(false));
    expect(run('Null')).toEqual({ type: 'Unknown', value: null });
  });

  it('comments /* … */ are ignored', () => {
    expect(run('1 /* one */ + /* two */ 2')).toEqual(numberValue(3));
  });
});

describe('formula syntax: references', () => {
  const ctx = contextOf({
    amount: numberValue(5),
    'rec.Status': textValue('New'),
    '$Record.Owner.Email': textValue('a@b.c'),
    '$Record.Status': textValue('Open'),
    'Owner:User.Name': textValue('Ann'),
  });

  it('merge fields {!var}, {!rec.Field}, {!$Record.Owner.Email}, with spaces inside the braces', () => {
    expect(run('{!amount}', ctx)).toEqual(numberValue(5));
    expect(run('{!rec.Status}', ctx)).toEqual(textValue('New'));
    expect(run('{!$Record.Owner.Email}', ctx)).toEqual(textValue('a@b.c'));
    expect(run('{! amount }', ctx)).toEqual(numberValue(5));
  });

  it('bare references as flows allow ($Record.Status, amount, a polymorphic Owner:User step)', () => {
    expect(run('$Record.Status', ctx)).toEqual(textValue('Open'));
    expect(run('amount + 1', ctx)).toEqual(numberValue(6));
    expect(run('Owner:User.Name', ctx)).toEqual(textValue('Ann'));
  });

  it('merge fields: a segment after the first may start with a digit, as an External Services action names its outputs after HTTP response codes', () => {
    // reduced from a real active flow's formula (survey 7): an HTTP callout's 400 response, its fields encoded by External Services (x5f for _)
    const callout = contextOf({ 'do_Callout.responseCode': numberValue(400), 'do_Callout.400Exc.eventx5fid': textValue('E-17'), 'do_Callout.400Exc.status': textValue('Bad Request') });
    expect(run('IF({!do_Callout.responseCode} = 400, "400| " + {!do_Callout.400Exc.eventx5fid} + "| " + {!do_Callout.400Exc.status}, "")', callout)).toEqual(textValue('400| E-17| Bad Request'));
    // the resource a path starts from is a flow name, which starts with a letter
    expect(syntaxError('{!400Exc.status}').message).toMatch(/^position 1: "\{!400Exc\.status\}" is not a valid merge field/);
  });

  it('merge fields: an expression inside the braces, {!$Flow.CurrentDate+1}, is read as that expression in parentheses (survey 11: a Date formula of a Draft flow Salesforce saved)', () => {
    const today = contextOf({ '$Flow.CurrentDate': dateValue('2025-01-31'), n: numberValue(2) });
    expect(run('{!$Flow.CurrentDate+1}', today)).toEqual(dateValue('2025-02-01'));
    expect(run('{!n + 1} * 3', today)).toEqual(numberValue(9));
    expect(run('IF({!n > 1}, "big", "small")', today)).toEqual(textValue('big'));
    // a position inside the braces is the formula's own
    expect(syntaxError('{!n - (}').message).toBe('position 8: expected a value, found ")"');
  });

  it('merge fields: braces closing after an operator are spliced in as written, the right operand after them (survey 19: an Active record-triggered flow Salesforce activated)', () => {
    // reduced from a real Active flow's Boolean formula, names ours: `{!$Record.Kind=}` then a label on the next line
    const record = contextOf({ '$Record.Kind': textValue('Rejected'), '$Label.KindRejected': textValue('Rejected'), n: numberValue(2) });
    expect(run('AND(TRUE,\n{!$Record.Kind=}\n$Label.KindRejected\n)', record)).toEqual(booleanValue(true));
    expect(run('{!n +} 1 * 3', record)).toEqual(numberValue(5));
    // nothing after the braces: the formula ends where a value was expected
    expect(syntaxError('{!n + }').message).toMatch(/^position 8: expected a value, found /);
  });

  it('merge fields: a text begun inside the braces and closed after them holds the "}", "{!" read as a delimiter only (survey 24: SMS texts of an Active record-triggered flow Salesforce activated)', () => {
    // reduced from a real Active flow's Text formula, names ours
    const lead = contextOf({ '$Record.Id': textValue('00Q000000000001AAA'), who: textValue('Pat') });
    expect(run('"https://example.com/t/?w="+{!$Record.Id+"&c=SMS} Reply STOP to stop."', lead)).toEqual(textValue('https://example.com/t/?w=00Q000000000001AAA&c=SMS} Reply STOP to stop.'));
    expect(run("{!who & ' it\\'s }' & '!'", lead)).toEqual(textValue("Pat it's }!"));
    // a text never closed is still said so, at its quote
    expect(syntaxError('{!who & "open}').message).toBe('position 9: text starting with " is never closed with "');
  });

  it('merge fields: braces holding a text with a "}" close after that text: {!$Label.A + "}"} is ($Label.A + "}")', () => {
    // given a label and a formula whose braces hold an expression with a text "}" (the last stop's known gap)
    const labelled = contextOf({ '$Label.Greeting': textValue('Hello'), who: textValue('Pat') });
    // then the braces end after the text, and what follows them is read on
    expect(run('{!$Label.Greeting + "}"}', labelled)).toEqual(textValue('Hello}'));
    expect(run('{!$Label.Greeting & " {" & who & "}"} & "!"', labelled)).toEqual(textValue('Hello {Pat}!'));
    // a second merge field before any closing brace: the first braces are a delimiter only, as before
    expect(run('{!who & "} " & {!$Label.Greeting}', labelled)).toEqual(textValue('Pat} Hello'));
  });

  it('a malformed merge field is a syntax error at its brace', () => {
    expect(syntaxError('1 + {!}').message).toBe('position 5: empty merge field "{!}"');
    expect(syntaxError('1 + {!a..b}').message).toMatch(/^position 5: "\{!a\.\.b\}" is not a valid merge field/);
    expect(syntaxError('1 + {!amount').message).toBe('position 5: merge field "{!" is never closed with "}"');
    expect(syntaxError('{amount}').message).toBe('position 1: expected "{!" to start a merge field');
  });
});

describe('formula syntax: function names', () => {
  it('are case-insensitive', () => {
    expect(run('if(true, Len("abc"), 0)')).toEqual(numberValue(3));
    expect(run('iF(FaLsE, 1, lower("X") = "x")')).toEqual(booleanValue(true));
  });

  it('an unknown function is an error naming it, at its position', () => {
    const error = syntaxError('1 + FOO(2)');
    expect(error).toEqual({ message: 'position 5: unknown function FOO', position: 5, function: 'FOO' });
  });

  it('an unknown function one character from a Salesforce function names it (survey 11: CHAR(10), Excel\'s name for CHR, in a real flow)', () => {
    expect(syntaxError('"a" & CHAR(10)').message).toBe('position 7: unknown function CHAR (check the spelling: Salesforce has CHR)');
    expect(syntaxError('LENN("abc")').message).toBe('position 1: unknown function LENN (check the spelling: Salesforce has LEN)');
    expect(syntaxError('TXT(1)').message).toBe('position 1: unknown function TXT (check the spelling: Salesforce has TEXT)');
    expect(syntaxError('URLFR("x")').message).toBe('position 1: unknown function URLFR (check the spelling: Salesforce has URLFOR)');
  });

  it('a Salesforce function Stageflow does not run is named as not supported', () => {
    expect(syntaxError('URLFOR("x", "y")').message).toBe("position 1: function URLFOR is not supported by Stageflow's formula evaluator");
  });

  it('a wrong argument count is an error naming the function and what it takes', () => {
    expect(syntaxError('IF(TRUE, 1)')).toEqual({ message: 'position 1: IF takes 3 arguments, not 2', position: 1, function: 'IF' });
    expect(syntaxError('x & LEFT("a")').message).toBe('position 5: LEFT takes 2 arguments, not 1');
    expect(syntaxError('AND()').message).toBe('position 1: AND takes at least 1 argument, not 0');
    expect(syntaxError('FIND("a")').message).toBe('position 1: FIND takes 2 to 3 arguments, not 1');
    expect(syntaxError('CASE(1, 1, "a", 2, "b")').message).toBe('position 1: CASE needs a default value as its last argument (an even number of arguments)');
  });

  it('AND and OR without parentheses point to the function form', () => {
    expect(syntaxError('TRUE AND FALSE').message).toBe('position 6: unexpected "AND": expected an operator or the end of the formula');
    expect(syntaxError('AND').message).toBe('position 1: AND is a function: write AND(a, b) or use &&');
  });
});

describe('formula syntax: errors report the 1-based position and what was expected', () => {
  it('an unclosed call: expected ")" to close IF(', () => {
    const error = syntaxError('IF(TRUE, "a", "b"');
    expect(error.position).toBe(18);
    expect(error.message).toBe('position 18: expected ")" to close IF( (found the end of the formula)');
    expect(error.function).toBe('IF');
  });

  it('an unclosed parenthesis names where it opened', () => {
    expect(syntaxError('(1 + 2').message).toBe('position 7: expected ")" to close "(" at position 1, found the end of the formula');
  });

  it('a stray closing parenthesis', () => {
    expect(syntaxError('1 + 2)').message).toBe('position 6: unexpected ")" with no "(" to close');
  });

  it('a missing operand', () => {
    expect(syntaxError('1 +').message).toBe('position 4: expected a value, found the end of the formula');
    expect(syntaxError('IF(, 1, 2)').message).toBe('position 4: expected a value, found ","');
  });

  it('two values without an operator', () => {
    expect(syntaxError('1 2').message).toBe('position 3: unexpected "2": expected an operator or the end of the formula');
  });

  it('unclosed text and comments', () => {
    expect(syntaxError('LEN("abc)').message).toBe('position 5: text starting with " is never closed with "');
    expect(syntaxError("1 + 'a\\'").message).toBe("position 5: text starting with ' is never closed with '");
    expect(syntaxError('1 /* note').message).toBe('position 3: comment "/*" is never closed with "*/"');
  });

  it('characters that are not formula syntax', () => {
    expect(syntaxError('1 # 2').message).toBe('position 3: unexpected character "#"');
    expect(syntaxError('1 😀 2').message).toBe('position 3: unexpected character "😀"');
    expect(syntaxError('TRUE | FALSE').message).toBe('position 6: unexpected "|" (the OR operator is "||")');
  });

  it('an empty formula', () => {
    expect(syntaxError('   ').message).toBe('position 1: the formula is empty');
  });
});

describe('formula syntax: limits', () => {
  it(`refuses a formula longer than ${MAX_FORMULA_LENGTH} characters, as Salesforce does`, () => {
    // given
    const text = `"${'x'.repeat(MAX_FORMULA_LENGTH)}"`;
    // when
    const error = syntaxError(text);
    // then
    expect(error.message).toBe('the formula is 3,902 characters long; Salesforce allows at most 3,900');
  });

  it('refuses nesting deeper than the limit with a message, not a stack overflow', () => {
    // given
    const deep = `${'('.repeat(MAX_NESTING + 1)}1${')'.repeat(MAX_NESTING + 1)}`;
    const deepIf = `${'IF(TRUE, '.repeat(300)}1${', 0)'.repeat(300)}`.slice(0, MAX_FORMULA_LENGTH);
    const negations = `${'-'.repeat(1000)}1`;
    // when / then
    expect(syntaxError(deep).message).toBe(`position ${MAX_NESTING + 1}: the formula nests more than ${MAX_NESTING} levels deep`);
    expect(syntaxError(deepIf).message).toMatch(/nests more than 200 levels deep/);
    expect(syntaxError(negations).message).toMatch(/nests more than 200 levels deep/);
  });

  it('evaluates a long flat chain of operators without running out of stack', () => {
    // given: 1,900 additions, the most 3,900 characters can hold
    const text = Array.from({ length: 1900 }, () => '1').join('+');
    // when / then
    expect(run(text)).toEqual(numberValue(1900));
    expect(fails(`${text} & "x"`).message).toMatch(/"&" joins text/);
  });

  it('accepts nesting up to the limit', () => {
    const atLimit = `${'('.repeat(MAX_NESTING)}7${')'.repeat(MAX_NESTING)}`;
    expect(run(atLimit)).toEqual(numberValue(7));
  });
});
