/**
 * docs/DEVELOPMENT.md's "may import" table and each folder's README (`**May import:** …`) say the
 * matrix `npm run lint` enforces (eslint.layers.js ALLOWED_IMPORTS): a layer allowed a new import,
 * or a new layer, fails here until the docs a new developer reads first say the same.
 */
import { existsSync } from 'node:fs';
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

/**
 * A folder README's `**May import:** …` line as the layers it names, sorted: backticked names up to
 * the end of the sentence (a note in parentheses left out), `nothing outside …`, or `every folder of
 * src except …`.
 */
function readmeImports(readme: string, layer: string, layers: readonly string[]): string[] | null {
  const line = /^\*\*May import:\*\*(.*)$/m.exec(readme);
  if (!line) return null;
  const sentence = line[1]!.replace(/\([^)]*\)/g, '').split(/\.(?:\s|$)/)[0]!.trim();
  const named = [...sentence.matchAll(/`(\w+)`/g)].map((m) => m[1]!).filter((n) => layers.includes(n));
  if (/^nothing/.test(sentence)) return [];
  if (/^every folder/.test(sentence)) return layers.filter((l) => l !== layer && !named.includes(l)).sort();
  return named.sort();
}

describe('docs/DEVELOPMENT.md draws the layer matrix lint enforces', () => {
  it('each layer of eslint.layers.js has its row, listing exactly the layers it may import', () => {
    // given the doc's table and the enforced matrix
    const documented = documentedMatrix(readFileSync(join(ROOT, 'docs/DEVELOPMENT.md'), 'utf8'), LAYERS);
    const enforced = Object.fromEntries(Object.entries(ALLOWED_IMPORTS).map(([layer, allowed]) => [layer, [...allowed].sort()]));
    // when compared, then they are the same
    expect(documented, 'docs/DEVELOPMENT.md "| folder | may import |" differs from eslint.layers.js ALLOWED_IMPORTS').toEqual(enforced);
  });

  it('each folder README of src says what lint lets that folder import', () => {
    // given each layer's README and the enforced matrix
    const problems = LAYERS.flatMap((layer) => {
      const file = join(ROOT, 'src', layer, 'README.md');
      const said = existsSync(file) ? readmeImports(readFileSync(file, 'utf8'), layer, LAYERS) : null;
      const allowed = [...(ALLOWED_IMPORTS[layer] ?? [])].sort();
      // when compared, then each says exactly the allowed layers
      if (said === null) return [`src/${layer}/README.md: no "**May import:** …" line (lint allows ${allowed.join(', ') || 'nothing'})`];
      return said.join() === allowed.join() ? [] : [`src/${layer}/README.md says it may import ${said.join(', ') || 'nothing'}; lint allows ${allowed.join(', ') || 'nothing'}`];
    });
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('reads a README line: a list to the end of its sentence, "nothing outside", "every folder except"', () => {
    const layers = ['model', 'flows', 'engine', 'cli', 'app'];
    expect(readmeImports('x\n**May import:** `model`, `flows` (types). Not `engine`.', 'cli', layers)).toEqual(['flows', 'model']);
    expect(readmeImports('**May import:** nothing outside `src/model` (and zod).', 'model', layers)).toEqual([]);
    expect(readmeImports('**May import:** every folder of `src` except `engine` and `cli`.', 'app', layers)).toEqual(['flows', 'model']);
    expect(readmeImports('no such line', 'app', layers)).toBeNull();
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
