import { useStdoutDimension } from './use-stdout-dimension.js';

/** The terminal's width in columns, updated on resize (80 when unknown). */
export const useColumns = (override?: number): number => useStdoutDimension('columns', 80, override);
