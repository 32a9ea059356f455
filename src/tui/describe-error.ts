/**
 * One readable message for anything thrown under the TUI, never a stack
 * trace. Matched by name, not instanceof: the TUI may run from a bundle with
 * its own copy of core's error classes.
 */
const USER_ERRORS = new Set(['DrillbitError', 'UsageError', 'ContentError']);

export function describeError(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | null | undefined;
  const message = e && typeof e.message === 'string' ? e.message : String(error);
  return e && typeof e.name === 'string' && USER_ERRORS.has(e.name) ? message : `unexpected error: ${message}`;
}
