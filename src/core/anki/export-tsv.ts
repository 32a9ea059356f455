/**
 * drillbit decks → Anki's "Notes in Plain Text" with the headers Anki writes
 * (and `drillbit import` reads): GUID, note type, deck, front, back, tags.
 * A field holding a tab, newline or quote is quoted with quotes doubled. Pure.
 */
import type { Deck } from '../deck/schema.js';
import { exportGuid } from './guid.js';
import { textToHtml } from './html-to-text.js';

const field = (text: string): string => (/[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function exportTsv(decks: readonly Deck[]): string {
  const lines = ['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6'];
  for (const deck of decks) {
    for (const card of deck.cards) {
      const cols = [exportGuid(deck.id, card.id), 'Basic', deck.title, textToHtml(card.prompt), textToHtml(card.answer), (card.tags ?? []).join(' ')];
      lines.push(cols.map(field).join('\t'));
    }
  }
  return `${lines.join('\n')}\n`;
}
