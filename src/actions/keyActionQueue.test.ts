import { describe, expect, it } from 'vitest';
import { createKeyActionQueue } from './keyActionQueue';

describe('createKeyActionQueue', () => {
  it('runs at once while nothing waits', () => {
    const queue = createKeyActionQueue();
    const ran: string[] = [];
    queue.run(() => ran.push('Delete'));
    expect(ran).toEqual(['Delete']);
    expect(queue.busy).toBe(false);
  });

  it('holds the keys pressed while a run waits (Paste) until it has ended, in the order they came', async () => {
    const queue = createKeyActionQueue();
    const ran: string[] = [];
    let pasted!: () => void;
    queue.run(() => new Promise<void>((resolve) => (pasted = () => { ran.push('paste'); resolve(); })));
    queue.run(() => ran.push('undo'));
    queue.run(() => ran.push('delete'));
    expect(queue.busy).toBe(true);
    await Promise.resolve();
    expect(ran).toEqual([]);
    pasted();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual(['paste', 'undo', 'delete']);
    expect(queue.busy).toBe(false);
  });

  it('a run that fails does not hold back the keys after it', async () => {
    const queue = createKeyActionQueue();
    const ran: string[] = [];
    const reported: unknown[] = [];
    const original = globalThis.reportError;
    globalThis.reportError = (error: unknown) => reported.push(error);
    try {
      queue.run(() => Promise.reject(new Error('clipboard')));
      queue.run(() => ran.push('undo'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      globalThis.reportError = original;
    }
    expect(ran).toEqual(['undo']);
    expect(reported).toHaveLength(1);
    expect(queue.busy).toBe(false);
  });
});
