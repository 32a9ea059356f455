/** The bundled deck and drills, loaded once for the mock tests. */
import { bundledDir, loadDecks, loadDrills } from '../../../src/cli/content.js';
import type { Deck, Drill } from '../../../src/core/deck/index.js';

export async function bundled(): Promise<{ decks: Deck[]; design: Drill }> {
  const decks = await loadDecks([bundledDir('decks')]);
  const design = (await loadDrills()).find((d) => d.id === 'deployment-sketch')!;
  return { decks, design };
}
