/**
 * Where a collection keeps its bytes: a state checkpoint, an append-only
 * history and a writer lock. `fileStorage` is the data directory;
 * `memoryStorage` is its in-memory twin for tests (as lowdb's Memory adapter).
 */

/** The state checkpoint (state.json). */
export interface StateFile {
  /** The parsed document, null when there is none; throws when it cannot be read or parsed. */
  read(): unknown;
  write(doc: unknown): void;
  /** Moves the current file aside (never deleting it) and returns where it went. */
  setAside(stamp: string): string;
  readonly path: string;
}

/** Result of reading the history: where the last complete line ends, and any torn tail after it. */
export interface HistoryScan {
  end: number;
  torn?: string | undefined;
  /** Size in bytes of the torn tail (its text may hold replacement characters for cut UTF-8). */
  tornBytes?: number | undefined;
}

/** The review history (history.jsonl): append-only JSON Lines. */
export interface HistoryLog {
  readonly path: string;
  /** Calls `onLine` for each complete line from byte `from`; `end` is that line's end offset. */
  scan(from: number, onLine: (line: string, end: number) => void): HistoryScan;
  /** Size in bytes (0 when there is no log); throws when the log is not a regular file. */
  size(): number;
  /**
   * Appends one line at byte `at`, which must be the log's size (else another
   * writer has been at it: throws, writing nothing). Every byte is written and
   * fsync'd when this returns; on any failure the partial line is cut off again
   * and the error is thrown, so a review is never half on disk.
   */
  append(line: string, at: number): void;
  /** A fingerprint of the bytes just before `end` (the end of a line): tells the same log from another one as long. */
  fingerprint(end: number): string;
  /** Appends many lines with one fsync (an import), at byte `at`, all or nothing, as `append`. */
  appendMany(lines: readonly string[], at: number): void;
  /** Keeps a copy of the bytes after `end` (a torn line) beside the log, then cuts them off; returns the copy's path. */
  cutTail(end: number, stamp: string): string;
  close(): void;
}

/** The writer lock. */
export interface WriterLock {
  /** Takes the lock or throws a DrillbitError naming the holder. */
  acquire(): void;
  /** Throws a DrillbitError when this session no longer holds the lock (taken over while it was stopped). */
  verify(): void;
  release(): void;
}

/**
 * A checkpoint that read-only commands (stats, the home view) may write
 * without the lock: replaced atomically, only ever a cache (deleting it is safe).
 */
export interface ReadCacheFile {
  readonly path: string;
  /** The parsed document, null when absent or unreadable. */
  read(): unknown;
  /** Writes the document atomically; failures are ignored (it is a cache). */
  write(doc: unknown): void;
}

export interface Storage {
  /** Shown to the user in messages (the data directory). */
  readonly location: string;
  readonly state: StateFile;
  readonly history: HistoryLog;
  readonly lock: WriterLock;
  readonly readCache: ReadCacheFile;
  /** Optional settings document (settings.json), null when absent. */
  readSettings(): unknown;
}
