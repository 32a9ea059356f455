import type { Deck } from '../core/deck/index.js';

/** The plain-text home view: each deck with its card count, and what to run next (`command` runs drillbit where the user is). */
export function renderPlainHome(decks: readonly Deck[], command = 'drillbit'): string {
  const lines = ['drillbit — drills that grade what you type', '', 'Decks:'];
  const width = Math.max(...decks.map((d) => d.id.length), 4);
  for (const deck of decks) {
    lines.push(`  ${deck.id.padEnd(width)}  ${String(deck.cards.length).padStart(4)} cards  ${deck.title}`);
  }
  if (decks.length === 0) lines.push('  (none)');
  const next = [
    ['review', 'review the cards that are due'],
    ['drill list', 'timed drills'],
    ['stats', 'progress'],
    ['--help', 'every command'],
  ].map(([args, what]) => [`${command} ${args}`, what] as const);
  const column = Math.max(27, ...next.map(([run]) => run.length + 2));
  lines.push('', 'Next:', ...next.map(([run, what]) => `  ${run.padEnd(column)}${what}`), '');
  return lines.join('\n');
}
