/**
 * The repository stands on its own: a clone with nothing beside it passes `npm test`. So no source,
 * test, bench, script or config file may read a path outside the repository (the contract's folder
 * beside it, a path of one machine), and the README and docs link only to files inside it.
 *
 * This file names the patterns it looks for, so it is the one file the scan leaves out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url)).split(sep).join('/');
const CODE_DIRS = ['src', 'e2e', 'bench', 'scripts', 'public', '.ci'];
const CODE_FILE = /\.(ts|tsx|js|mjs|cjs|json|html|sh)$|^run$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'reports', 'test-results', 'playwright-report', '.git']);
const SKIPPED_ROOT_FILES = new Set(['package-lock.json']);
const FIX = 'copy what it needs into the repository (a __fixtures__ folder beside the test) and read it from there; the specification is docs/spec/';

/** `../…/<the contract's folder>` (built from its name, so this file holds no such path itself). */
const CONTRACT_FOLDER = 'shared';
const BESIDE_REPO = new RegExp(String.raw`(?:\.\.\/)+${CONTRACT_FOLDER}\b[\w./-]*`, 'g');
const BESIDE_REPO_START = new RegExp(String.raw`^(?:\.\.\/)+${CONTRACT_FOLDER}\b`);

interface OutsideReference {
  line: number;
  found: string;
  why: string;
}

/** Every place in `text` (a file in `dir`, inside `root`) that refers to a path outside `root`. */
function outsideReferences(text: string, dir: string, root: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    for (const m of content.matchAll(BESIDE_REPO)) {
      found.push({ line, found: m[0], why: 'the folder beside the repository is not part of a clone' });
    }
    for (const m of content.matchAll(/(?<![\w.])\/(?:work|home|Users)\/[\w./-]*/g)) {
      found.push({ line, found: m[0], why: 'a path on one machine' });
    }
    for (const m of content.matchAll(/(?<![\w./-])(?:\.\.\/)+[\w./-]*/g)) {
      if (BESIDE_REPO_START.test(m[0])) continue;
      const target = relative(root, resolve(dir, m[0]));
      if (target === '..' || target.startsWith(`..${sep}`)) found.push({ line, found: m[0], why: 'it climbs out of the repository' });
    }
  });
  return found;
}

/** Files under `dir` (relative to the root, `/`-separated) whose names match `pattern`. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    if (SKIPPED_DIRS.has(name) || name.startsWith('dist-')) return [];
    const rel = dir === '' ? name : `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return dir === '' ? [] : filesUnder(rel, pattern);
    return pattern.test(name) ? [rel] : [];
  });
}

function codeFiles(): string[] {
  const rootFiles = filesUnder('', CODE_FILE).filter((f) => !SKIPPED_ROOT_FILES.has(f));
  return [...rootFiles, ...CODE_DIRS.flatMap((d) => filesUnder(d, CODE_FILE))].filter((f) => f !== THIS_FILE);
}

function docFiles(): string[] {
  return [...filesUnder('', /\.md$/), ...['docs', ...CODE_DIRS].flatMap((d) => filesUnder(d, /\.md$/))];
}

/** Relative link targets of a Markdown text, outside code blocks and code spans. */
function markdownLinks(markdown: string): { line: number; target: string }[] {
  const links: { line: number; target: string }[] = [];
  let inFence = false;
  markdown.split('\n').forEach((content, index) => {
    if (/^\s*(```|~~~)/.test(content)) inFence = !inFence;
    if (inFence) return;
    for (const m of content.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith('#')) continue;
      links.push({ line: index + 1, target: target.split('#')[0]! });
    }
  });
  return links;
}

/** Folders whose files the docs cite by path or by name. */
const CITED_DIRS = ['src', 'e2e', 'bench', 'scripts', 'public', 'docs', '.ci'];
const ROOTED_CITATION = /^(?:src|e2e|bench|scripts|public|docs)\//;
const FILE_CITATION = /\.(?:test|spec)(?:\.tsx?)?$|\.(?:tsx?|mjs)$/;

/**
 * Files a Markdown text cites in code spans outside code blocks: a path from the repository's root
 * (`src/io/json.ts`, `docs/schema/`), a path inside a folder (`store/designStorage.ts`) or a test by
 * name (`focus.spec`, `StepForm.test`). Patterns (`*.test.ts`, `<name>.json`) are not citations.
 */
function citedFiles(markdown: string): { line: number; cited: string }[] {
  const cited: { line: number; cited: string }[] = [];
  let inFence = false;
  markdown.split('\n').forEach((content, index) => {
    if (/^\s*(```|~~~)/.test(content)) inFence = !inFence;
    if (inFence) return;
    for (const m of content.matchAll(/`([^`\s]+)`/g)) {
      const name = m[1]!.replace(/[),.:;]+$/, '');
      // a pattern, a placeholder (`create…Slice.ts`), a dotfile or a path of one machine is no citation
      if (/[*<>{}$?[\]|…]/.test(name) || /^[./]/.test(name) || name.includes('://')) continue;
      if (ROOTED_CITATION.test(name) || FILE_CITATION.test(name)) cited.push({ line: index + 1, cited: name });
    }
  });
  return cited;
}

/** Whether `cited` names one of `files` (root-relative, `/`-separated): the file, its folder, or a file ending in it. */
function citationResolves(cited: string, files: readonly string[]): boolean {
  const rooted = ROOTED_CITATION.test(cited);
  const path = cited.replace(/\/$/, '');
  return [path, `${path}.ts`, `${path}.tsx`].some((p) =>
    files.some((f) => f === p || (rooted ? f.startsWith(`${p}/`) : f.endsWith(`/${p}`))));
}

describe('the repository stands on its own', () => {
  it('no source, test, bench, script or config file refers to a path outside the repository', () => {
    // given every file a build, a test or a script may read
    const files = codeFiles();
    expect(files).toEqual(expect.arrayContaining(['package.json', 'vite.config.ts', 'src/engine/golden.test.ts', 'e2e/contract.spec.ts', '.ci/run']));
    // when each is searched for paths outside the repository
    const problems = files.flatMap((file) =>
      outsideReferences(readFileSync(join(ROOT, file), 'utf8'), dirname(join(ROOT, file)), ROOT)
        .map((r) => `${file}:${r.line}: "${r.found}" is outside the repository (${r.why}); ${FIX}`));
    // then there is none
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('the README and docs link only to files that exist inside the repository', () => {
    // given every Markdown file of the repository
    const files = docFiles();
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/spec/FORMAT.md', 'docs/spec/SEMANTICS.md', 'docs/spec/UI-CONTRACT.md']));
    // when their relative links and any mention of an outside path are checked
    const problems = files.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const dir = dirname(join(ROOT, file));
      const outside = outsideReferences(text, dir, ROOT).map((r) => `${file}:${r.line}: "${r.found}" is outside the repository (${r.why}); link to docs/spec/ instead`);
      const broken = markdownLinks(text)
        .filter((l) => l.target !== '' && !existsSync(resolve(dir, decodeURIComponent(l.target))))
        .map((l) => `${file}:${l.line}: the link "${l.target}" points to nothing in the repository`);
      return [...outside, ...broken];
    });
    // then every link resolves and nothing points outside
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('the check catches the contract folder beside the repository, a machine path and a path that climbs out', () => {
    // given a file two folders deep in a repository at /r
    // (the two outside paths are assembled here, so this file itself holds none of them)
    const besideRepo = ['..', '..', '..', CONTRACT_FOLDER, 'spec', 'examples', 'x.json'].join('/');
    const machinePath = ['', 'work', CONTRACT_FOLDER, 'spec', 'FORMAT.md'].join('/');
    const text = [
      `const a = new URL('${besideRepo}', import.meta.url);`,
      `read('${machinePath}');`,
      "import x from '../../../elsewhere/x.json';",
      "import y from '../../model/schema'; // inside: fine",
    ].join('\n');
    // when it is checked
    const found = outsideReferences(text, '/r/src/io', '/r');
    // then the first three lines are reported, each with its reason, and the fourth is not
    expect(found.map((f) => [f.line, f.found])).toEqual([
      [1, besideRepo],
      [2, machinePath],
      [3, '../../../elsewhere/x.json'],
    ]);
    expect(found.map((f) => f.why)).toEqual(['the folder beside the repository is not part of a clone', 'a path on one machine', 'it climbs out of the repository']);
  });

  it('links inside code blocks and code spans, web addresses and anchors are not files to check', () => {
    // given Markdown with one relative link among others
    const md = ['See [the rules](spec/SEMANTICS.md#r11) and [web](https://example.com) and [top](#top).', '`[not](a/link.md)`', '```', '[nor](this.md)', '```'].join('\n');
    // when its links are read, then only the relative file link is kept, without its anchor
    expect(markdownLinks(md)).toEqual([{ line: 1, target: 'spec/SEMANTICS.md' }]);
  });

  it('every file and test the README and docs cite in code spans exists', () => {
    // given every Markdown file and every file of the folders the docs cite from
    const files = [...filesUnder('', /./), ...CITED_DIRS.flatMap((d) => filesUnder(d, /./))];
    expect(files).toEqual(expect.arrayContaining(['vite.config.ts', 'src/actions/registry.ts', 'e2e/focus.spec.ts']));
    // when each code span naming a path or a test is looked up
    const problems = docFiles().flatMap((doc) =>
      citedFiles(readFileSync(join(ROOT, doc), 'utf8'))
        .filter((c) => !citationResolves(c.cited, files))
        .map((c) => `${doc}:${c.line}: \`${c.cited}\` names no file of the repository (renamed or removed? cite what is there now)`));
    // then each names a file that is there
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('a cited path, a test name and a path inside a folder are checked; patterns, commands and code blocks are not', () => {
    // given Markdown citing files in several ways
    const md = [
      'See `src/io/json.ts`, `store/designStorage.ts`, `focus.spec` and `docs/schema/`.',
      'Not these: `*.test.ts`, `<name>.json`, `create…Slice.ts`, `/tmp/x/driver.mjs`, `npm test`, `Ctrl+Z`, `.d.ts`.',
      '```',
      '`src/in/a/block.ts`',
      '```',
    ].join('\n');
    // when its citations are read
    const cited = citedFiles(md);
    // then the four on the first line are, and each resolves against a repository that has them
    expect(cited).toEqual(['src/io/json.ts', 'store/designStorage.ts', 'focus.spec', 'docs/schema/'].map((c) => ({ line: 1, cited: c })));
    const repo = ['src/io/json.ts', 'src/store/designStorage.ts', 'e2e/focus.spec.ts', 'docs/schema/orchestration.schema.json'];
    expect(cited.map((c) => citationResolves(c.cited, repo))).toEqual([true, true, true, true]);
    // and a renamed file, a test of another name or a rooted path found only deeper does not
    expect(['src/io/jsonImport.ts', 'focusRescue.spec', 'src/designStorage.ts'].map((c) => citationResolves(c, repo))).toEqual([false, false, false]);
  });
});
