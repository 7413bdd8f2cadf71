/**
 * Storage for the practice tools that keeps working when the browser's storage does not: where
 * localStorage is missing, disabled (reading throws) or full (writing throws), the values live in
 * memory for the page's life instead, and the caller hears about it once, so it can tell the reader
 * that progress will not be kept.
 */

/** The part of the Web Storage API used here; `localStorage` is one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why values are not being kept: no usable storage, or storage that refuses writes. */
export type StorageProblem = 'unavailable' | 'full';

/** get/set/remove that never throw; see the module comment. */
export interface FallbackStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const isQuotaError = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * Wraps the storage that `open` returns (called on each use, since merely reading
 * `window.localStorage` throws where storage is disabled). `onProblem` is called once, on the first
 * failure.
 */
export function fallbackStorage(open: () => StorageLike, onProblem: (problem: StorageProblem) => void): FallbackStorage {
  // What this page wrote that storage did not take: a value, or null for a removal. It wins over
  // what storage holds, which is older.
  const memory = new Map<string, string | null>();
  let problem: StorageProblem | undefined;
  const fail = (error: unknown) => {
    if (problem) return;
    problem = isQuotaError(error) ? 'full' : 'unavailable';
    onProblem(problem);
  };

  return {
    get(key) {
      if (memory.has(key)) return memory.get(key)!;
      try {
        return open().getItem(key);
      } catch (error) {
        fail(error);
        return null;
      }
    },
    set(key, value) {
      try {
        open().setItem(key, value);
        memory.delete(key);
      } catch (error) {
        memory.set(key, value);
        fail(error);
      }
    },
    remove(key) {
      try {
        open().removeItem(key);
        memory.delete(key);
      } catch (error) {
        memory.set(key, null);
        fail(error);
      }
    },
  };
}
