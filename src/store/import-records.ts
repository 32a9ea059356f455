/**
 * Reviews done elsewhere (an Anki import) as history records. A review not
 * later than the card's last one is skipped — it is there already, or the
 * learner has moved on since and that progress wins — so importing the same
 * file twice adds nothing and never rewinds a card.
 */
import type { ImportedReview } from '../core/anki/revlog.js';
import { ratingVerdict } from '../core/anki/revlog.js';
import { dayKey } from '../core/scheduling/day.js';
import type { ReviewRecord } from './records.js';

export interface ImportContext {
  /** Whether the card is in the loaded decks. */
  has(key: string): boolean;
  /** When the card was last reviewed (epoch ms), if ever. */
  lastReview(key: string): number | undefined;
  /** The card's content hash. */
  hashOf(key: string): string;
  dayStartHour: number;
  retention: number;
}

export function importRecords(reviews: readonly ImportedReview[], ctx: ImportContext): { records: ReviewRecord[]; skipped: number } {
  const last = new Map<string, number>();
  const records: ReviewRecord[] = [];
  let skipped = 0;
  for (const r of [...reviews].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const before = last.get(r.key) ?? ctx.lastReview(r.key) ?? -Infinity;
    if (!ctx.has(r.key) || r.at.getTime() <= before) {
      skipped++;
      continue;
    }
    last.set(r.key, r.at.getTime());
    records.push({
      v: 1, type: 'review', id: `anki-${r.sourceId}`, key: r.key, at: r.at.toISOString(), day: dayKey(r.at, ctx.dayStartHour),
      answer: '', ...ratingVerdict(r.rating), suggested: r.rating, rating: r.rating, overridden: false,
      elapsedMs: Math.round(r.elapsedMs), hash: ctx.hashOf(r.key), retention: ctx.retention, source: 'anki',
    });
  }
  return { records, skipped };
}
