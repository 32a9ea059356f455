/**
 * Errors a user can cause. The CLI catches these once, prints
 * `drillbit: <message>` and exits with `exitCode`; anything else is a bug.
 */
export class DrillbitError extends Error {
  override name = 'DrillbitError';
  constructor(
    message: string,
    /** Process exit code when this error ends the program. */
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

/** Bad command-line usage: unknown flag, bad number, missing argument (exit 2). */
export class UsageError extends DrillbitError {
  override name = 'UsageError';
  constructor(message: string) {
    super(message, 2);
  }
}

/** A problem at a place in a file: `file:line:col: message`. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/** A deck or drill file that does not parse or validate. */
export class ContentError extends DrillbitError {
  override name = 'ContentError';
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'), 1);
  }
}
