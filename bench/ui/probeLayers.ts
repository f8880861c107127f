/**
 * Lists the compositing layers of the designer and of the bare page at the same view (fit-all by
 * default, PROBE_VIEW=zoom1 for zoom 1), with their size, whether they draw, the element each belongs to
 * and why Chromium composited it (DevTools LayerTree). More layers mean more Layerize and Commit work
 * on every frame of a pan; this shows which ones a page has and why.
 *
 *   npx vite build --outDir /tmp/probe-dist --emptyOutDir
 *   PROBE_DIST=/tmp/probe-dist node --import tsx bench/ui/probeLayers.ts 2000
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { barePayload } from './flowPayload';
import { generateDesign } from './generateDesign';
import { readViewport } from './measure';
import { openBare, openDesignerAt, withPreview } from './preview';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4391);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const steps = Number(process.argv[2] ?? 2000);

interface Layer { layerId: string; parentLayerId?: string; backendNodeId?: number; width: number; height: number; drawsContent: boolean }

/** One line per layer: id, parent, size, draws, [reasons], element. */
async function layers(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const tree = new Promise<Layer[]>((resolve) => cdp.on('LayerTree.layerTreeDidChange', (e: { layers?: Layer[] }) => { if (e.layers) resolve(e.layers); }));
  await cdp.send('DOM.enable');
  await cdp.send('LayerTree.enable');
  // a frame must be drawn for the tree to be reported
  await page.mouse.move(500, 400);
  await page.mouse.move(510, 400);
  const lines: string[] = [];
  for (const l of await tree) {
    let element = '';
    if (l.backendNodeId) {
      const described = await cdp.send('DOM.describeNode', { backendNodeId: l.backendNodeId }).catch(() => null);
      if (described) element = `${described.node.nodeName} ${(described.node.attributes ?? []).join(' ').slice(0, 90)}`;
    }
    const why = await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId }).then((r) => (r.compositingReasonIds ?? []).join(',')).catch(() => '?');
    lines.push(`${l.layerId} (in ${l.parentLayerId ?? '-'}) ${l.width}×${l.height}${l.drawsContent ? ' draws' : ''} [${why}] ${element}`);
  }
  await cdp.detach();
  return lines;
}

async function main() {
  await withPreview(PORT, OUT_DIR, async (browser) => {
    const doc = generateDesign(steps / 20, 20);
    const page = await openDesignerAt(browser, BASE, JSON.stringify(doc), process.env.PROBE_VIEW === 'zoom1' ? 'zoom1' : 'fit');
    const app = await layers(page);
    console.log(`designer: ${app.length} layers\n${app.join('\n')}`);
    const paneBox = (await page.locator('.react-flow').boundingBox())!;
    const { page: bare } = await openBare(browser, BASE, barePayload(doc, { width: Math.round(paneBox.width), height: Math.round(paneBox.height) }, await readViewport(page)));
    const bareLayers = await layers(bare);
    console.log(`bare page: ${bareLayers.length} layers\n${bareLayers.join('\n')}`);
  });
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
