/** `drillbit review` in a terminal: straight into a session, leaving at its end. */
import type { Deck } from '../core/deck/index.js';
import type { Backend } from './backend.js';
import { memoryBackend } from './memory-backend.js';
import { runApp, runErrorScreen, type TuiCommonOptions } from './run-app.js';
import { describeError } from './describe-error.js';

/** What runReviewTui needs: the review flags and where reviews go. */
export interface ReviewTuiOptions extends TuiCommonOptions {
  deck?: string;
  limit?: number;
  /** The store-backed backend; without it reviews are kept in memory only. */
  backend?: Backend | (() => Backend);
  /** Needed only without a backend. */
  decks?: Deck[];
}

export async function runReviewTui(options: ReviewTuiOptions): Promise<void> {
  let backend: Backend;
  try {
    backend =
      typeof options.backend === 'function'
        ? options.backend()
        : (options.backend ?? memoryBackend({ decks: options.decks ?? [], now: () => new Date() }));
  } catch (error) {
    return runErrorScreen(describeError(error), options);
  }
  await runApp({ backend, color: options.color, start: { at: 'review', deck: options.deck, limit: options.limit } });
}
