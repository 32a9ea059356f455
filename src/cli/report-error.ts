import { CommanderError } from 'commander';
import { DrillbitError } from '../core/errors.js';

/**
 * Prints an error the way every drillbit command does — one line per problem,
 * prefixed `drillbit: `, no stack trace for anything a user can cause — and
 * returns the exit code.
 */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    const message = error.message.replace(/^error: /, '').replace(/\.$/, '');
    process.stderr.write(`drillbit: ${message}; run "drillbit --help" for usage\n`);
    return 2;
  }
  if (error instanceof DrillbitError) {
    for (const line of error.message.split('\n')) process.stderr.write(`drillbit: ${line}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`drillbit: internal error: ${message} (set DRILLBIT_DEBUG=1 for details, and please report it)\n`);
  if (process.env['DRILLBIT_DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 70;
}
