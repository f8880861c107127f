import { describe, expect, it } from 'vitest';
import { findSyntaxError, locate, offsetFromMessage } from './jsonSyntax';
import { DEFAULT_MAX_BYTES, parseJsonText } from './jsonText';

const problemOf = (text: string, maxBytes?: number) => {
  const r = parseJsonText(text, maxBytes === undefined ? {} : { maxBytes });
  return r.ok ? null : r.problem;
};

describe('parseJsonText', () => {
  it('parses valid JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('{"a": [1, true, null]}')).toEqual({ ok: true, value: { a: [1, true, null] } });
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('reports syntax errors at line:column', () => {
    // given a missing comma on line 3
    const text = '{\n  "a": 1\n  "b": 2\n}';
    // when
    const problem = problemOf(text);
    // then
    expect(problem?.path).toBe('3:3');
    expect(problem?.message).toBe('not valid JSON: expected "," or "}" but found \'"\' (the start of a text): a comma is missing before it');
    expect(problemOf('[1 2]')?.message).toBe('not valid JSON: expected "," or "]" but found "2": a comma is missing before it');
  });

  it('names a trailing comma, at the comma, where it said only that "}" or "]" was not a property name or a value', () => {
    expect(problemOf('{\n  "steps": { "Validate": { "durationMs": 5, } }\n}')).toMatchObject({ path: '2:43', message: 'not valid JSON: a comma after the last property: JSON allows none before "}"; remove it' });
    expect(problemOf('{"a": [1, 2,\n]}')).toMatchObject({ path: '1:12', message: 'not valid JSON: a comma after the last item: JSON allows none before "]"; remove it' });
    // a comma with nothing after it at all is still a text that ends too early
    expect(problemOf('{"a": 1,')?.message).toBe('not valid JSON: the text ends too early');
  });

  it('says that a text of markup looks like XML (a Flow file handed to a JSON reader), and where a Flow XML file is opened', () => {
    const problem = problemOf('<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata"/>');
    expect(problem?.path).toBe('1:1');
    expect(problem?.message).toBe('not valid JSON: unexpected "<" where a value should be: this looks like XML (a Flow file?), not JSON; a Flow XML file is opened with Import or `stageflow convert`');
    // a "<" inside a document is only an unexpected character
    expect(problemOf('{"a": <b>}')?.message).toBe('not valid JSON: unexpected "<" where a value should be');
  });

  it('names a control character by its code point, never printing it raw into a message (a NUL byte in a log line)', () => {
    expect(problemOf('\u0000\u0000')).toMatchObject({ path: '1:1', message: 'not valid JSON: unexpected U+0000 (a control character) where a value should be' });
    expect(problemOf('{"a": 1}\u0007')?.message).toBe('not valid JSON: unexpected U+0007 (a control character) after the end of the JSON value');
  });

  it('says a raw line break or control character inside a text must be escaped, at its own position (not "not closed by a double quote")', () => {
    // given a key holding a raw control character and a value holding a raw line break
    const inKey = problemOf('{\n  "des\u0001c": 1\n}');
    const inValue = problemOf('{"d": "one\ntwo"}');
    // then each is reported where the character is, with the escape to write instead
    expect(inKey).toMatchObject({ path: '2:7', message: 'not valid JSON: U+0001 (a control character) cannot be written as is inside a text: write it as \\u0001' });
    expect(inValue).toMatchObject({ path: '1:11', message: 'not valid JSON: a line break cannot be written as is inside a text: write it as \\n' });
  });

  it.each([
    ['{"a": }', '1:7'],
    ['{"a":1,}', '1:7'], // the trailing comma, which is what to remove
    ['[1 2]', '1:4'],
    ['xyz', '1:1'],
    ['{"a":"b', '1:8'],
    ['', '1:1'],
    ['{"a":1}x', '1:8'],
    ['{\n "a": tru\n}', '2:7'],
  ])('locates the error in %j at %s', (text, at) => {
    expect(problemOf(text)?.path).toBe(at);
  });

  it('refuses text larger than the cap, saying both sizes', () => {
    expect(problemOf('"' + 'x'.repeat(2000) + '"', 1024)).toEqual({ path: '', message: 'the file is 2.0 KB, more than the 1 KB limit', severity: 'error' });
    expect(problemOf('"€€€€"', 10)?.message).toBe('the file is 14 bytes, more than the 10 bytes limit');
    // a text longer than the cap is sized in bytes too: 2,048 euro signs are 6 KB as a file, not '2 KB'
    expect(problemOf(`"${'€'.repeat(2048)}"`, 1024)?.message).toBe('the file is 6.0 KB, more than the 1 KB limit');
  });

  it('never names a size that reads as the limit itself, and says megabytes as the command line says them of the same file', () => {
    // a few bytes past 16 MB read '16 MB, more than the 16 MB limit'; as stageflow's file reader says them (io/xml/xmlSizeLimit.ts)
    const json = (bytes: number) => `"${'x'.repeat(bytes - 2)}"`;
    expect(problemOf(json(DEFAULT_MAX_BYTES + 1))?.message).toBe('the file is 16777217 bytes, more than the 16 MB limit');
    expect(problemOf(json(DEFAULT_MAX_BYTES + 20_000))?.message).toBe('the file is 16.02 MB, more than the 16 MB limit');
    expect(problemOf(json(17 * 1024 * 1024))?.message).toBe('the file is 17.0 MB, more than the 16 MB limit');
    // and below a megabyte, in its own unit: 1025 bytes are not '1 KB, more than the 1 KB limit'
    expect(problemOf(json(1025), 1024)?.message).toBe('the file is 1025 bytes, more than the 1 KB limit');
  });

  it('refuses the key __proto__ anywhere, naming its path', () => {
    const text = '{"stages": [{"steps": [{"inputs": {"__proto__": "x"}}]}]}';
    expect(problemOf(text)).toEqual({ path: 'stages[0].steps[0].inputs.__proto__', message: 'the key "__proto__" is not allowed in an imported file', severity: 'error' });
  });

  it.each(['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'])('accepts the key %s, a valid API name, as an own key that changes no prototype', (key) => {
    // given an element named so (FORMAT.md §1), as a key, also with constructor.prototype below it (docs/decisions.md, *chosen*)
    const text = `{"layout": {"${key}": {"x": 1}}, "steps": {"${key}": {"prototype": {"polluted": true}}}}`;
    // when
    const result = parseJsonText(text);
    // then the keys are the objects' own, and no prototype was touched
    expect(result.ok).toBe(true);
    const value = (result as { value: { layout: object; steps: Record<string, unknown> } }).value;
    expect(Object.getOwnPropertyDescriptor(value.layout, key)?.value).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(value.layout)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names every forbidden key with its path, in the file\'s order, when there are several (the problem is at the first)', () => {
    // given a file with three __proto__ keys, and a constructor key that is allowed
    const text = '{"a": {"__proto__": {}}, "b": [{"constructor": 1, "__proto__": 3}, {"x": {"__proto__": 2}}]}';
    // when / then
    expect(problemOf(text)).toEqual({
      path: 'a.__proto__',
      message: 'the keys "__proto__" at a.__proto__, "__proto__" at b[0].__proto__ and "__proto__" at b[1].x.__proto__ are not allowed in an imported file',
      severity: 'error',
    });
  });

  it('names at most ten forbidden keys and counts the rest', () => {
    const text = `{${Array.from({ length: 13 }, (_, i) => `"k${i}": {"__proto__": ${i}}`).join(', ')}}`;
    const message = problemOf(text)?.message ?? '';
    expect(message).toMatch(/^the keys "__proto__" at k0\.__proto__, .* "__proto__" at k9\.__proto__ and 3 more are not allowed in an imported file$/);
    expect(message.match(/ at /g)).toHaveLength(10);
  });

  it('refuses absurdly deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(problemOf(deep)?.message).toMatch(/nested more than 100 levels/);
    expect(problemOf('['.repeat(50_000))?.path).toBe('1:50001');
    // where it starts, short: its first eight levels, not a hundred (300 characters of "[0]")
    expect(problemOf(deep)?.path).toBe(`${'[0]'.repeat(8)}…`);
    expect(problemOf(`{"stages":[{"extensions":${'{"a":'.repeat(120)}1${'}'.repeat(120)}}]}`)?.path).toBe('stages[0].extensions.a.a.a.a.a…');
  });

  it('refuses a forbidden key spelt with escapes, and nesting hidden behind brackets inside strings', () => {
    // given a key spelt with a \u escape, and closing brackets in a text before 101 levels of lists
    const escaped = '{"a": {"\\u005f_proto__": 1}}';
    const disguised = `{"label": "${']'.repeat(200)}", "deep": ${'['.repeat(101)}${']'.repeat(101)}}`;
    // then both are refused as the walk over the parsed value finds them
    expect(problemOf(escaped)).toEqual({ path: 'a.__proto__', message: 'the key "__proto__" is not allowed in an imported file', severity: 'error' });
    expect(problemOf(disguised)?.message).toMatch(/nested more than 100 levels/);
  });

  it('accepts 100 levels and names that only contain a forbidden word', () => {
    expect(parseJsonText(`${'['.repeat(100)}${']'.repeat(100)}`).ok).toBe(true);
    expect(parseJsonText('{"label": "the constructor of \\"[[[\\""}')).toEqual({ ok: true, value: { label: 'the constructor of "[[["' } });
  });

  it('counts the depth of the parsed value: objects as lists, and a deep value a later duplicate key replaced does not count', () => {
    // given 100 and 101 levels of objects, and a deep list under a key written again with 1
    const objects = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
    const replaced = `{"a": ${'['.repeat(150)}${']'.repeat(150)}, "a": 1}`;
    // then the limit is the same for objects, and the value is what is judged, as JSON.parse leaves it
    expect(parseJsonText(objects(100)).ok).toBe(true);
    expect(problemOf(objects(101))).toEqual({ path: `${'a'.repeat(8).split('').join('.')}…`, message: 'values are nested more than 100 levels deep', severity: 'error' });
    expect(parseJsonText(replaced)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('never throws, whatever the text', () => {
    for (const text of ['{', '}', '"\\u12"', '[1,,2]', '{"a" 1}', '\u0000', 'nul', '-', '1e', '{"a":1}}']) {
      expect(parseJsonText(text).ok).toBe(false);
    }
  });
});

describe('JSON syntax locating', () => {
  it('reads positions from engine messages of several wordings', () => {
    expect(offsetFromMessage('Unexpected token } in JSON at position 5', 'xxxxxxx')).toBe(5);
    expect(offsetFromMessage('JSON.parse: expected double-quoted property name at line 2 column 3 of the JSON data', 'ab\ncdef')).toBe(5);
    expect(offsetFromMessage('Unexpected end of JSON input', 'abc')).toBe(3);
    expect(offsetFromMessage('JSON Parse error: Unexpected identifier "x"', 'x')).toBeNull();
  });

  it('finds the first syntax error by itself when the message gives no position', () => {
    expect(findSyntaxError('{"a": [1, 2], "b": {"c": nul}}')?.offset).toBe(25);
    expect(findSyntaxError('{"a": [1, 2], "b": {"c": null}}')).toBeNull();
    expect(locate('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
