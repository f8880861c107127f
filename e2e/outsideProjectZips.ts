/**
 * What e2e/outsideProjects*.spec.ts share: real public SFDX projects (the fixtures of src/io/project,
 * each copied unchanged from its public repository; src/io/project/__fixtures__/README.md names the
 * repository, commit and licence) zipped as an admin would zip the folder, imported through Import
 * at 1280×800, and the CLI run on the same archive.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { zipSync } from 'fflate';

/** How the admin zipped the project: GitHub's Download ZIP (a top folder), its contents, or only a `main/default` folder. */
export type ZipShape = 'top folder' | 'no top folder' | 'main/default only';

export interface RealProject {
  /** The folder of the fixture. */
  dir: string;
  /** The repository's name, as GitHub's Download ZIP names the top folder (`<name>-main`). */
  repo: string;
  /** For `main/default only`: the package directory's `main/default` folder that is zipped. */
  defaultFolder?: string;
}

const LFC = 'src/io/project/__fixtures__/LightningFlowComponents';

/** SFDC-Assets/recruiting-automation-flow-orchestrator (CC0), alexed1/LightningFlowComponents' flow apps (BSD 3-Clause). */
export const REAL_PROJECTS: RealProject[] = [
  { dir: 'src/io/project/__fixtures__/RecruitingOrchestrator', repo: 'recruiting-automation-flow-orchestrator' },
  { dir: `${LFC}/DeactivateUser`, repo: 'DeactivateUser', defaultFolder: 'force-app/main/default' },
  { dir: `${LFC}/WorkGuidePlus`, repo: 'WorkGuidePlus', defaultFolder: 'force-app/main/default' },
  { dir: `${LFC}/OrchestratorResources`, repo: 'OrchestratorResources' },
];

/** Every file below `dir`, path relative to it with `/`. */
export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The project zipped in `shape`: the archive's bytes. */
export function zipProject(project: RealProject, shape: ZipShape): Buffer {
  const entries: Record<string, Uint8Array> = {};
  for (const path of filesOf(project.dir)) {
    const bytes = new Uint8Array(readFileSync(join(project.dir, path)));
    if (shape === 'top folder') entries[`${project.repo}-main/${path}`] = bytes;
    else if (shape === 'no top folder') entries[path] = bytes;
    else if (project.defaultFolder && path.startsWith(`${project.defaultFolder}/`)) entries[`default/${path.slice(project.defaultFolder.length + 1)}`] = bytes;
  }
  return Buffer.from(zipSync(entries));
}

/** API name → whether it has stages, of every orchestration file (processType Orchestrator) of the project. */
export function orchestrationsOf(dir: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const path of filesOf(dir)) {
    if (!path.endsWith('.flow-meta.xml')) continue;
    const text = readFileSync(join(dir, path), 'utf8');
    if (!text.includes('<processType>Orchestrator</processType>')) continue;
    out.set(path.split('/').pop()!.replace(/\.flow-meta\.xml$/, ''), text.includes('<orchestratedStages>'));
  }
  return out;
}

/** Chooses `archive` (named `name`) through the toolbar's Import, as an admin picking a .zip does; the picker dialog. */
export async function importZip(page: Page, archive: Buffer, name: string) {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles({ name, mimeType: 'application/zip', buffer: archive });
  const picker = page.getByRole('dialog', { name: `Open an orchestration of ${name}` });
  await expect(picker).toBeVisible({ timeout: 20_000 });
  return picker;
}

/**
 * `stageflow simulate <zip> --orchestration <name>`: the trace it prints. The archive is written to a
 * folder of its own under the system's temporary folder, not test-results/, which another run of
 * Playwright on the same checkout empties when it starts.
 */
export function cliTrace(archive: Buffer, zipName: string, orchestration: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'stageflow-zip-'));
  try {
    const path = join(dir, zipName);
    writeFileSync(path, archive);
    const out = execFileSync('node', ['--import', 'tsx', 'src/cli/bin.ts', 'simulate', path, '--orchestration', orchestration], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text drawn too small in the window at first view, `"<size> px <text> (<element>, <class>)"` (at most 10): under 12 px
 * outside the canvas; on the canvas (its CSS size times the zoom) a label under 12 px and any other
 * line under 10 px — Stageflow's reading of "readable at first sight" (e2e/readable.spec.ts: a chip,
 * the flow line and the "as …" line keep 10 px so a whole stage fits at 1280×800).
 */
export function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t && out.length < 10; t = walker.nextNode()) {
      const text = (t.textContent ?? '').trim();
      const el = t.parentElement;
      // a glyph drawn as an icon (role img, named by its label: a problem marker's "?") is a picture, not text
      if (!text || !el || el.closest('[aria-hidden="true"], [role="img"], .sr-only, dialog:not([open])')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      const viewport = el.closest<HTMLElement>('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
      const px = parseFloat(style.fontSize) * zoom;
      const least = !viewport || el.closest('.sf-label') ? 12 : 10;
      if (px < least - 0.05) out.push(`${px.toFixed(1)} px ${text.slice(0, 40)} (${el.closest('[data-id]')?.getAttribute('data-id') ?? el.tagName}, .${el.className})`);
    }
    return out;
  });
}
