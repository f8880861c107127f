/** A file the user chose or dropped, as text: UTF-8 only, or what is wrong and where (decodeText.ts). */
import { decodeText, type DecodedText } from './decodeText';

export async function readFileText(file: Blob): Promise<DecodedText> {
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}

/** The text of `file`; throws an Error saying where it is not UTF-8 (for readers that turn a throw into a "not read" problem). */
export async function fileTextOrThrow(file: Blob): Promise<string> {
  const decoded = await readFileText(file);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.text;
}
