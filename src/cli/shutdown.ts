/**
 * Graceful shutdown for commands that write (review, drill). On SIGINT,
 * SIGTERM or SIGHUP the registered cleanups run (close the collection:
 * checkpoint, release the lock) and the process exits 130 / 143 / 129.
 *
 * A write in progress always finishes first: the store writes synchronously,
 * and Node delivers a signal to JavaScript only between event-loop turns, so
 * the handler never runs in the middle of an append.
 */
const CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof CODES;

const cleanups = new Set<() => void>();
let installed = false;

function onSignal(signal: Signal): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch (error) {
      process.stderr.write(`drillbit: while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  cleanups.clear();
  process.exit(CODES[signal]);
}

/** Runs `cleanup` if the process is told to stop; returns a function that unregisters it. */
export function onShutdown(cleanup: () => void): () => void {
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(CODES) as Signal[]) process.on(signal, () => onSignal(signal));
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** The exit code for a signal name (130 SIGINT, 143 SIGTERM, 129 SIGHUP). */
export const signalExitCode = (signal: Signal): number => CODES[signal];
