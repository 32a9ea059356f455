/**
 * `drillbit` in a terminal: the home screen. The CLI loads the decks and
 * drills (and, when the store is available, a store-backed Backend) and calls
 * runHomeTui; nothing here reads argv.
 */
import type { Deck, Drill } from '../core/deck/index.js';
import type { Backend } from './backend.js';
import { memoryBackend } from './memory-backend.js';
import { runApp, runErrorScreen, type TuiCommonOptions } from './run-app.js';
import { describeError } from './describe-error.js';

/** What runHomeTui needs. */
export interface HomeTuiOptions extends TuiCommonOptions {
  decks: Deck[];
  drills?: Drill[];
  /** Defaults to an in-memory backend (reviews are not saved). */
  backend?: Backend | (() => Backend);
  /** A problem found while loading (lint errors, damaged state): shown instead of home. */
  problem?: string;
  /** Runs a drill chosen on home (after the home screen has closed). */
  runDrill?: (id: string) => Promise<void>;
}

export async function runHomeTui(options: HomeTuiOptions): Promise<void> {
  if (options.problem) return runErrorScreen(options.problem, options);
  let backend: Backend;
  try {
    backend =
      typeof options.backend === 'function'
        ? options.backend()
        : (options.backend ?? memoryBackend({ decks: options.decks, drills: options.drills, now: () => new Date() }));
  } catch (error) {
    return runErrorScreen(describeError(error), options);
  }
  let drill: string | undefined;
  await runApp({
    backend,
    color: options.color,
    start: { at: 'home' },
    onDrill: options.runDrill ? (id) => void (drill = id) : undefined,
  });
  if (drill && options.runDrill) await options.runDrill(drill);
}
