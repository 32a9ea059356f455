/**
 * Opens the store-backed Backend the TUI runs on — the same way from the home
 * view and from `drillbit review` — with generated cards, and with SIGTERM /
 * SIGHUP closing it (checkpoint, lock released) before the process exits.
 */
import type { Deck, Drill } from '../core/deck/index.js';
import type { Backend } from '../tui/backend.js';
import { loadGenerated } from './review-plain-generated.js';
import { onShutdown } from './shutdown.js';
import { storeBackend } from './tui-backend.js';
import { now } from './clock.js';

export async function openTuiBackend(content: { decks: Deck[]; drills?: Drill[]; notices?: readonly string[] }): Promise<Backend> {
  const generated = await loadGenerated();
  const backend = storeBackend({ ...content, now, instantiate: generated.instantiate });
  const stop = onShutdown(() => backend.close());
  return {
    ...backend,
    close() {
      stop();
      backend.close();
    },
  };
}
