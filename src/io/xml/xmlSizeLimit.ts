/**
 * The size a Flow XML file may have, and how a path is known as one — a module of its own so the
 * command line's file reader can name the XML limit without loading the XML parser at start-up. A
 * file past it is told in io/sizeLimit.ts's words.
 */

/** Largest accepted Flow XML input, in UTF-8 bytes (FORMAT.md §7: "XML above 5 MB"). */
export const MAX_XML_BYTES = 5 * 1024 * 1024;

/**
 * A file read as Flow XML, by its name or path: `.flow-meta.xml` or any `.xml`, and `.flow` (a retrieved
 * package's Metadata API format) — on the command line and in the app's Import and Compare alike.
 */
export const isXmlPath = (path: string): boolean => /\.(xml|flow)$/i.test(path);
