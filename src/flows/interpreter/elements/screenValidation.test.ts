import { describe, expect, it } from 'vitest';
import { plainText } from './screenValidation';

describe('a validation rule\'s error message as plain text', () => {
  it('plain text: tags are dropped (a paragraph or line break leaves a space), entities decoded once, whitespace collapsed', () => {
    expect(plainText('<p>Company Name is <b>required</b></p>')).toBe('Company Name is required');
    expect(plainText('<p>Line one</p><p>Line two<br/>three</p>')).toBe('Line one Line two three');
    expect(plainText('Tom &amp;amp; Jerry &lt;b&gt; &#169;&nbsp;&#x41; &bogus;')).toBe('Tom &amp; Jerry <b> © A &bogus;');
    expect(plainText('a < b and c>d')).toBe('a < b and c>d');
  });

  it('plain text: markup that would run in a browser is only text, never rendered; control characters are removed', () => {
    expect(plainText('<script>alert(1)</script><img src=x onerror=alert(2)>Hi')).toBe('alert(1)Hi');
    expect(plainText('&lt;script&gt;x&lt;/script&gt;')).toBe('<script>x</script>');
    expect(plainText('bell\u0007 and\u001b[31m red')).toBe('bell and [31m red');
  });

  it('plain text: an unclosed tag is text, in time linear in its length', () => {
    const long = '<a'.repeat(200_000);
    const started = Date.now();
    expect(plainText(long)).toBe(long);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
