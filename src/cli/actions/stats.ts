/**
 * `drillbit stats [--json]`: read-only (no lock), so it works while a session
 * runs. Days are local days starting at the day-start hour (default 4 am).
 */
import type { CardCounts, Stats } from '../../core/scheduling/stats.js';
import { openCollection } from '../../store/open-collection.js';
import type { StatsOptions } from '../commands/stats.js';
import { reviewDecks } from '../review-plain-decks.js';
import { parametersJson, parametersText } from './stats-parameters.js';

const counts = (c: CardCounts): string => `${c.new} new, ${c.learning} learning, ${c.review} review, ${c.relearning} relearning, ${c.leech} leech${c.leech === 1 ? '' : 'es'}`;

/** The human-readable summary. */
export function statsText(s: Stats): string {
  const lines = [
    `reviews: ${s.reviewsToday} today, ${s.totalReviews} in total`,
    `due: ${s.dueToday} today, ${s.dueTomorrow} tomorrow, ${s.dueNext7Days} in the next 7 days`,
    `cards: ${counts(s.cards)}`,
    `streak: ${s.streakDays} day${s.streakDays === 1 ? '' : 's'}`,
    `retention (last 30 days): ${s.retention === null ? 'no reviews of cards in review yet' : `${(s.retention * 100).toFixed(1)}%`}`,
  ];
  for (const d of s.decks) lines.push(`deck ${d.deckId}: ${counts(d.cards)}; ${d.dueToday} due today`);
  return lines.join('\n');
}

export async function runStats(options: StatsOptions): Promise<void> {
  const decks = await reviewDecks();
  const now = new Date();
  const collection = openCollection({ decks, now, write: false, onNotice: (m) => process.stderr.write(`drillbit: ${m}\n`) });
  const stats = collection.stats(now);
  const fitted = collection.settings.fsrsParameters;
  collection.close();
  process.stdout.write(options.json ? `${JSON.stringify({ ...stats, parameters: parametersJson(fitted) })}\n` : `${statsText(stats)}\n${parametersText(fitted)}\n`);
}
