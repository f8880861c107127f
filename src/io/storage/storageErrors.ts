/** Storage failures in words a user can act on. The design always stays open in memory. */
export class StorageError extends Error {
  constructor(message: string, readonly kind: 'full' | 'blocked' | 'conflict' | 'missing' | 'other') {
    super(message);
  }
}

/** Another tab saved this design since we loaded it. */
export class ConflictError extends StorageError {
  constructor(readonly storedRevision: number) {
    super('This design was changed in another tab or window since you opened it.', 'conflict');
  }
}

/** Maps IndexedDB / DOM exceptions to a StorageError with a clear message. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError('The browser storage is full, so the design could not be saved. It is still open here: export it as JSON, or delete old designs.', 'full');
  }
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError') {
    return new StorageError('The browser does not allow saving here (private mode or storage blocked). The design stays open, but export it before closing the tab.', 'blocked');
  }
  return new StorageError(`Saving failed: ${e instanceof Error ? e.message : String(e)}. The design is still open here.`, 'other');
}
