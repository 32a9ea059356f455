/** How much an import may read and unpack; anything bigger is refused before it fills the memory. */
export interface ImportLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** The collection once unzipped (and un-zstd'd). */
  maxUnpackedBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({ maxFileBytes: 512 * MiB, maxUnpackedBytes: 1024 * MiB });

export const mib = (bytes: number): string => `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
