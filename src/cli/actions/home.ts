import { loadDecks } from '../content.js';
import { renderPlainHome } from '../plain-home.js';

/**
 * `drillbit` with no command. In a terminal the full-screen home (src/tui);
 * otherwise — a pipe, CI, TERM=dumb or --plain — a plain-text overview.
 */
export async function runHome(options: { plain?: boolean; color?: boolean }): Promise<void> {
  const decks = loadDecks();
  process.stdout.write(renderPlainHome(decks));
}
