/**
 * The size a Flow XML file may have, and the words for a file past it — a module of its own so the
 * command line's file reader can name the XML limit without loading the XML parser at start-up.
 */

/** Largest accepted Flow XML input, in UTF-8 bytes (FORMAT.md §7: "XML above 5 MB"). */
export const MAX_XML_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * `the file is 6.0 MB, more than the 5 MB limit`: both sizes named, as FORMAT.md §7 asks and as a
 * JSON file past its limit is told. A size that would read as the limit itself ("5.0 MB, more than
 * the 5 MB limit") is given with more digits, then in bytes.
 */
export function pastSizeLimit(bytes: number, limitBytes: number): string {
  const limit = `${limitBytes / MB} MB`;
  const oneDecimal = (bytes / MB).toFixed(1);
  const twoDecimals = (bytes / MB).toFixed(2);
  const size = Number(oneDecimal) > limitBytes / MB ? `${oneDecimal} MB`
    : Number(twoDecimals) > limitBytes / MB ? `${twoDecimals} MB`
      : `${bytes} bytes`;
  return `the file is ${size}, more than the ${limit} limit`;
}

/** A path the command line reads as Flow XML, by its name: `.flow-meta.xml`, `.flow`, `.xml`. */
export const isXmlPath = (path: string): boolean => /\.(xml|flow)$/i.test(path);
