/**
 * One Web Worker that answers requests by id (readOffThread.ts, app/project/readProjectOffThread.ts):
 * started on the first request and kept. The answer is null — and the caller does the work on the
 * main thread, with the same result — where workers are unavailable (unit tests), the request
 * cannot be handed over (something in it is not structured-cloneable) or the worker fails; after
 * a failure the next request starts a new worker. The worker is started by the caller's `start`,
 * since Vite bundles a worker only from `new Worker(new URL('./x.worker.ts', import.meta.url))`
 * written where it is used.
 */
export function workerCaller<Request extends object, Response extends { id: number }, Answer, Progress = never>(
  start: () => Worker,
  answerOf: (response: Response) => Answer | null,
  /** A message that is news of the work, not its answer (a long reading's files read so far): undefined for the answer. */
  progressOf?: (response: Response) => Progress | undefined,
): (request: Request, onProgress?: (progress: Progress) => void) => Promise<Answer | null> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (answer: Answer | null) => void>();
  const listeners = new Map<number, (progress: Progress) => void>();
  const running = (): Worker | null => {
    if (typeof Worker === 'undefined') return null;
    if (!worker) {
      try {
        worker = start();
      } catch {
        return null;
      }
      worker.onmessage = (e: MessageEvent<Response>) => {
        const progress = progressOf?.(e.data);
        if (progress !== undefined) {
          listeners.get(e.data.id)?.(progress);
          return;
        }
        const answer = pending.get(e.data.id);
        pending.delete(e.data.id);
        listeners.delete(e.data.id);
        answer?.(answerOf(e.data));
      };
      worker.onerror = () => {
        // every waiting request falls back to the main thread; the next one starts a new worker
        for (const answer of pending.values()) answer(null);
        pending.clear();
        listeners.clear();
        worker = null;
      };
    }
    return worker;
  };
  return (request, onProgress) => {
    const w = running();
    if (!w) return Promise.resolve(null);
    const id = nextId++;
    return new Promise<Answer | null>((resolve) => {
      pending.set(id, resolve);
      if (onProgress) listeners.set(id, onProgress);
      try {
        w.postMessage({ id, ...request });
      } catch {
        pending.delete(id);
        listeners.delete(id);
        resolve(null);
      }
    });
  };
}
