import { useStdoutDimension } from './use-stdout-dimension.js';

/** The terminal's height in rows, updated on resize (unlimited when unknown, e.g. in tests). */
export const useRows = (override?: number): number => useStdoutDimension('rows', Number.POSITIVE_INFINITY, override);
