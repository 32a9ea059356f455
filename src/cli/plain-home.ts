import type { Deck } from '../core/deck/index.js';

/** The plain-text home view: each deck with its card count, and what to run next. */
export function renderPlainHome(decks: readonly Deck[]): string {
  const lines = ['drillbit — drills that grade what you type', '', 'Decks:'];
  const width = Math.max(...decks.map((d) => d.id.length), 4);
  for (const deck of decks) {
    lines.push(`  ${deck.id.padEnd(width)}  ${String(deck.cards.length).padStart(4)} cards  ${deck.title}`);
  }
  if (decks.length === 0) lines.push('  (none)');
  lines.push(
    '',
    'Next:',
    '  drillbit review            review the cards that are due',
    '  drillbit drill list        timed drills',
    '  drillbit stats             progress',
    '  drillbit --help            every command',
    '',
  );
  return lines.join('\n');
}
