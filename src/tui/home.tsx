/**
 * `drillbit` in a terminal: the home screen. The CLI says how to load the
 * decks and drills (and, once the store is there, how to open it); the TUI
 * does it after its first frame so the screen shows up at once. Nothing here
 * reads argv.
 */
import type { Deck, Drill } from '../core/deck/index.js';
import type { Backend } from './backend.js';
import { runApp, type TuiCommonOptions } from './run-app.js';

/** Decks and drills as the CLI loaded them. */
export interface Content {
  decks: Deck[];
  drills: Drill[];
  /** Shown on home (decks skipped for their problems). */
  notices?: string[];
}

/** What runHomeTui needs. */
export interface HomeTuiOptions extends TuiCommonOptions {
  /** Loads decks and drills; a thrown error (lint problems) is shown on screen. */
  load: () => Content | Promise<Content>;
  /** Opens the store for that content (tests may pass memoryBackend). */
  open: (content: Content) => Backend | Promise<Backend>;
  /** Runs a drill chosen on home (after the home screen has closed); says whether the learner left with Ctrl-C. */
  runDrill?: (id: string) => Promise<'ctrl-c' | 'esc' | undefined>;
}

/** Home; a drill chosen there runs on its own screen and leads back home, unless the learner left it with Ctrl-C. */
export async function runHomeTui(options: HomeTuiOptions): Promise<void> {
  for (;;) {
    let drill: string | undefined;
    await runApp({
      color: options.color,
      start: { at: 'home' },
      backend: async () => {
        return options.open(await options.load());
      },
      onDrill: options.runDrill ? (id) => void (drill = id) : undefined,
    });
    if (!drill || !options.runDrill) return;
    // The last frame would stay above the next screen: start each on a clear screen.
    process.stdout.write('\u001b[2J\u001b[3J\u001b[H');
    const left = await options.runDrill(drill);
    if (left === 'ctrl-c') return;
    process.stdout.write('\u001b[2J\u001b[3J\u001b[H');
  }
}
