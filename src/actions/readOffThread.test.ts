import { afterEach, describe, expect, it, vi } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import { readOrchestration } from './readOrchestration';

/** A Worker that fails as soon as it is asked (a worker script that cannot load). */
class FailingWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage() {
    setTimeout(() => this.onerror?.({ message: 'cannot load' } as ErrorEvent), 0);
  }
}

/** A Worker that answers as readDocument.worker.ts does, through a structured clone. */
class AnsweringWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(request: { id: number; text: string }) {
    const data = structuredClone({ id: request.id, result: readOrchestration(request.text) });
    setTimeout(() => this.onmessage?.({ data } as MessageEvent), 0);
  }
}

describe('reading an imported document off the main thread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads on the main thread where there are no workers, with readOrchestration\'s result', async () => {
    // given no Worker (Node)
    const { readOffThread } = await import('./readOffThread');
    const text = JSON.stringify(onboarding);
    // when / then
    expect(await readOffThread(text)).toEqual(readOrchestration(text));
    expect((await readOffThread('{"format": 1')).ok).toBe(false);
  });

  it('gives the worker\'s answer: the document and its problems', async () => {
    // given a worker
    vi.stubGlobal('Worker', AnsweringWorker);
    const { readOffThread } = await import('./readOffThread');
    const broken = { ...onboarding, start: 'Nowhere' };
    // when
    const good = await readOffThread(JSON.stringify(onboarding));
    const bad = await readOffThread(JSON.stringify(broken));
    // then
    expect(good.ok).toBe(true);
    expect(good.doc).toEqual(readOrchestration(JSON.stringify(onboarding)).doc);
    expect(bad).toEqual(readOrchestration(JSON.stringify(broken)));
    expect(bad.ok).toBe(false);
  });

  it('falls back to the main thread when the worker fails, with the same result', async () => {
    // given a worker that cannot run
    vi.stubGlobal('Worker', FailingWorker);
    const { readOffThread } = await import('./readOffThread');
    const text = JSON.stringify(onboarding);
    // when / then
    expect(await readOffThread(text)).toEqual(readOrchestration(text));
  });
});
