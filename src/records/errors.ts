// Errors that reach the person: each says what happened and what to do. A failed write never leaves half a change
// behind (every write runs in one transaction), so the messages can promise that earlier data is safe.

export type RecordsErrorCode = 'storage-full' | 'write-failed' | 'backup-refused' | 'not-found' | 'invalid-input' | 'cannot-grade';

export class RecordsError extends Error {
  override readonly name = 'RecordsError';
  constructor(readonly code: RecordsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** True for a full disk, however Dexie wraps it (directly, as an abort's inner error, or inside a bulk failure). */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const { name, inner, failures } = e as { name?: string; inner?: unknown; failures?: unknown[] };
    if (name === 'QuotaExceededError') return true;
    if (Array.isArray(failures) && failures.some(isQuotaError)) return true;
    e = inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs a write and turns its failure into a sentence for the person; `what` names the change ("the last rep").
 * Programmer errors (TypeError, RangeError) are rethrown as they are.
 */
export async function describeWriteFailure<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof RecordsError || err instanceof TypeError || err instanceof RangeError) throw err;
    if (isQuotaError(err)) {
      throw new RecordsError('storage-full', `The device's storage is full: ${what} could not be saved. Free some `
        + 'space (delete videos or old sessions, or export a backup and remove sessions you no longer need), then try '
        + 'again; nothing saved so far was lost.', { cause: err });
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw new RecordsError('write-failed', `${capitalise(what)} could not be saved (${detail}). Try again; if it `
      + 'keeps failing, export a backup and reload the app. Nothing saved so far was lost.', { cause: err });
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
