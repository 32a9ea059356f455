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
}

/** The review history (history.jsonl): append-only JSON Lines. */
export interface HistoryLog {
  readonly path: string;
  /** Calls `onLine` for each complete line from byte `from`; `end` is that line's end offset. */
  scan(from: number, onLine: (line: string, end: number) => void): HistoryScan;
  /** Size in bytes. */
  size(): number;
  /** Appends one line; it is on disk (fsync'd) when this returns. */
  append(line: string): void;
  /** Appends many lines with one fsync (an import); all are on disk when this returns. */
  appendMany(lines: readonly string[]): void;
  /** Keeps a copy of the bytes after `end` (a torn line) beside the log, then cuts them off; returns the copy's path. */
  cutTail(end: number, stamp: string): string;
  close(): void;
}

/** The writer lock. */
export interface WriterLock {
  /** Takes the lock or throws a DrillbitError naming the holder. */
  acquire(): void;
  release(): void;
}

export interface Storage {
  /** Shown to the user in messages (the data directory). */
  readonly location: string;
  readonly state: StateFile;
  readonly history: HistoryLog;
  readonly lock: WriterLock;
  /** Optional settings document (settings.json), null when absent. */
  readSettings(): unknown;
}
