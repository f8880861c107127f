/**
 * Share links carry a design in the URL fragment (`#design=…`), compressed with the platform's
 * CompressionStream (deflate-raw) and base64url-encoded — no server involved. Links over
 * MAX_SHARE_CHARS are refused politely: export the JSON instead.
 */
export const SHARE_PREFIX = 'design=';
export const MAX_SHARE_CHARS = 60_000;
const MAX_INFLATED_BYTES = 5 * 1024 * 1024;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('the shared design is too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type ShareResult = { ok: true; fragment: string } | { ok: false; message: string };

/** The URL fragment (without `#`) that carries `json`, or why it cannot. */
export async function encodeShareFragment(json: string): Promise<ShareResult> {
  const packed = toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  const fragment = SHARE_PREFIX + packed;
  if (fragment.length > MAX_SHARE_CHARS) {
    return { ok: false, message: `This design is too large for a link (${Math.round(fragment.length / 1000)} k characters after compression; links hold up to ${MAX_SHARE_CHARS / 1000} k). Export it as JSON and send the file instead.` };
  }
  return { ok: true, fragment };
}

/** The JSON text carried by a fragment, or null when the fragment carries no design. Throws a readable Error on a damaged link. */
export async function decodeShareFragment(fragment: string): Promise<string | null> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!f.startsWith(SHARE_PREFIX)) return null;
  const body = f.slice(SHARE_PREFIX.length);
  if (body.length > MAX_SHARE_CHARS || !/^[A-Za-z0-9_-]*$/.test(body)) throw new Error('The shared link is damaged (it contains characters a design link never has).');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(body), new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES));
  } catch {
    throw new Error('The shared link is damaged or incomplete: it could not be decompressed. Ask for the link again, or for the JSON file.');
  }
}
