/**
 * docs/DEVELOPMENT.md's "may import" table is the matrix `npm run lint` enforces
 * (eslint.layers.js ALLOWED_IMPORTS): a layer allowed a new import, or a new layer, fails here until
 * the doc a new developer reads first says the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface LayerMatrix {
  LAYERS: string[];
  ALLOWED_IMPORTS: Record<string, string[]>;
}

// eslint.layers.js is the lint config's plain JavaScript (no types): loaded by its URL, typed here
const { ALLOWED_IMPORTS, LAYERS } = (await import(pathToFileURL(join(ROOT, 'eslint.layers.js')).href)) as LayerMatrix;

/** The table's rows as layer → the layers it may import, sorted; a note in parentheses is left out. */
function documentedMatrix(markdown: string, layers: readonly string[]): Record<string, string[]> {
  const matrix: Record<string, string[]> = {};
  for (const line of markdown.split('\n')) {
    const row = /^\| `(\w+)` \| (.+) \|$/.exec(line.trim());
    if (!row || !layers.includes(row[1]!)) continue;
    const [layer, text] = [row[1]!, row[2]!.replace(/\([^)]*\)/g, '').trim()];
    const except = /^everything except (.+)$/.exec(text);
    const listed = except
      ? layers.filter((l) => l !== layer && !except[1]!.split(/,\s*|\s+and\s+/).includes(l))
      : text === '—' ? [] : text.split(/,\s*/).map((l) => l.trim());
    matrix[layer] = [...listed].sort();
  }
  return matrix;
}

describe('docs/DEVELOPMENT.md draws the layer matrix lint enforces', () => {
  it('each layer of eslint.layers.js has its row, listing exactly the layers it may import', () => {
    // given the doc's table and the enforced matrix
    const documented = documentedMatrix(readFileSync(join(ROOT, 'docs/DEVELOPMENT.md'), 'utf8'), LAYERS);
    const enforced = Object.fromEntries(Object.entries(ALLOWED_IMPORTS).map(([layer, allowed]) => [layer, [...allowed].sort()]));
    // when compared, then they are the same
    expect(documented, 'docs/DEVELOPMENT.md "| folder | may import |" differs from eslint.layers.js ALLOWED_IMPORTS').toEqual(enforced);
  });

  it('reads a list, a dash, "everything except", and leaves out a note in parentheses', () => {
    // given four rows of such a table
    const md = ['| `model` | — |', '| `ui` | model, commands (types), store |', '| `app` | everything except engine and cli |', '| `nope` | model |'].join('\n');
    // when read with four layers, then each row says what it means and an unknown folder is skipped
    expect(documentedMatrix(md, ['model', 'ui', 'app', 'engine', 'cli', 'commands', 'store'])).toEqual({
      model: [], ui: ['commands', 'model', 'store'], app: ['commands', 'model', 'store', 'ui'],
    });
  });
});
