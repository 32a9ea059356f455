/**
 * `drillbit stats [--json]`: read-only (no lock), so it works while a session
 * runs. Days are local days starting at the day-start hour (default 4 am);
 * "due" is core/scheduling/due.ts's definition, the one the queue serves by.
 */
import type { CardCounts, Stats } from '../../core/scheduling/stats.js';
import { describeSettings, type SchedulerSettings } from '../../core/scheduling/settings.js';
import { openCollection } from '../../store/open-collection.js';
import type { StatsOptions } from '../commands/stats.js';
import { reviewDecks } from '../review-plain-decks.js';
import { parametersJson, parametersText } from './stats-parameters.js';
import { now } from '../clock.js';

const counts = (c: CardCounts): string => `${c.new} new, ${c.learning} learning, ${c.review} review, ${c.relearning} relearning, ${c.leech} leech${c.leech === 1 ? '' : 'es'}`;

/** The human-readable summary; `settings` adds the scheduling settings in force. */
export function statsText(s: Stats, settings?: SchedulerSettings): string {
  const later = s.dueToday - s.dueNow;
  const lines = [
    `reviews: ${s.reviewsToday} today, ${s.totalReviews} in total`,
    `due: ${s.dueToday} today${later ? ` (${s.dueNow} now, ${later} learning later today)` : ''}, ${s.dueTomorrow} tomorrow, ${s.dueNext7Days} in the next 7 days`,
    `cards: ${counts(s.cards)}`,
    `streak: ${s.streakDays} day${s.streakDays === 1 ? '' : 's'}`,
    `retention (last 30 days): ${s.retention === null ? 'no reviews of cards in review yet' : `${(s.retention * 100).toFixed(1)}%`}`,
  ];
  for (const d of s.decks) lines.push(`deck ${d.deckId}: ${counts(d.cards)}; ${d.dueToday} due today`);
  if (settings) lines.push(`settings: ${describeSettings(settings).join(', ')}`);
  return lines.join('\n');
}

export async function runStats(options: StatsOptions): Promise<void> {
  const decks = await reviewDecks();
  const at = now();
  const collection = openCollection({ decks, now: at, write: false, onNotice: (m) => process.stderr.write(`drillbit: ${m}\n`) });
  const stats = collection.stats(at);
  const settings = collection.settings;
  const fitted = settings.fsrsParameters;
  collection.close();
  process.stdout.write(options.json ? `${JSON.stringify({ ...stats, settings, parameters: parametersJson(fitted) })}\n` : `${statsText(stats, settings)}\n${parametersText(fitted)}\n`);
}
