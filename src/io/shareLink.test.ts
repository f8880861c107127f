import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_CHARS } from './shareLink';

describe('share links', () => {
  it('round-trips a design through the URL fragment', async () => {
    // given
    const json = JSON.stringify({ format: 'stageflow.orchestration', name: 'Ünïcode_ok', stages: [] });
    // when
    const encoded = await encodeShareFragment(json);
    // then
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(/^design=[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment('#' + encoded.fragment)).toBe(json);
  });

  it('refuses a design too large for a link, politely', async () => {
    let s = 1;
    const noise = Array.from({ length: 120_000 }, () => ((s = (s * 48271) % 2147483647), String.fromCharCode(33 + (s % 90)))).join('');
    const r = await encodeShareFragment(noise);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/too large for a link/);
    expect(MAX_SHARE_CHARS).toBeGreaterThan(1000);
  });

  it('ignores fragments without a design and explains a damaged one', async () => {
    expect(await decodeShareFragment('#section-2')).toBeNull();
    await expect(decodeShareFragment('#design=AAAA')).rejects.toThrow(/damaged/);
    await expect(decodeShareFragment('#design=<script>')).rejects.toThrow(/damaged/);
  });
});
