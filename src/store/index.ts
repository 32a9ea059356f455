/** Public store API: the collection (CLI and TUI), its storage, the data directory. */
export { openCollection, CHECKPOINT_EVERY } from './open-collection.js';
export type * from './collection-types.js';
export { dataDir } from './data-dir.js';
export { memoryStorage, type MemoryStorage } from './memory-storage.js';
export { fileStorage } from './file-storage.js';
export type { Storage, StateFile, HistoryLog, WriterLock } from './storage.js';
