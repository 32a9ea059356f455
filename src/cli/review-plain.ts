/**
 * `drillbit review --plain`: line-by-line review for pipes, scripts and screen
 * readers. For each card: print the prompt; read the answer up to an empty
 * line; print the verdict, criteria, model answer and suggested rating; read
 * one line (empty accepts, 1-4 overrides, q quits); once the review is on disk
 * print `saved <deckId>/<cardId> <rating> next due <ISO date>`. `q` alone
 * where an answer starts quits too. End of input ends the session; everything
 * rated so far is kept, and an answer not yet rated is not saved.
 */
import type { Card } from '../core/deck/schema.js';
import { gradeCard } from '../core/grading/index.js';
import { ANSWER_CUT } from '../core/answer-input.js';
import type { GradeResult } from '../core/grading/types.js';
import { ratingFromKey, type RatingName } from '../core/scheduling/rating.js';
import { currentKey, sessionReducer, startSession } from '../core/scheduling/session.js';
import { openCollection, type Collection, type QueueEntry } from '../store/open-collection.js';
import type { ReviewOptions } from './commands/review.js';
import { feedbackText, ratingPrompt, readAnswer, stdinLines, type LineReader } from './review-plain-io.js';
import { reviewDecks } from './review-plain-decks.js';
import { onShutdown } from './shutdown.js';
import { loadGenerated, type Generated } from './review-plain-generated.js';
import { beginSitting, followDay, sessionCards } from './review-session.js';
import { elapsed, now } from './clock.js';

const out = (s: string): void => void process.stdout.write(`${s}\n`);

/** Reads the rating line: a rating, 'quit', or 'end' (end of input). Re-asks on anything else. */
async function readRating(lines: LineReader, suggested: RatingName): Promise<RatingName | 'quit' | 'end'> {
  for (;;) {
    const line = await lines.next();
    if (line === undefined) return 'end';
    const t = line.trim().toLowerCase();
    if (t === '') return suggested;
    if (t === 'q') return 'quit';
    const r = ratingFromKey(t);
    if (r) return r;
    out('type Enter to accept, 1 Again, 2 Hard, 3 Good, 4 Easy, or q to quit');
  }
}

function header(entry: QueueEntry, i: number, n: number): string {
  const flags = [entry.leech ? 'leech: forgotten many times, consider rewriting it' : '', entry.changed ? 'changed since last review' : ''].filter(Boolean);
  return `[${i}/${n}] ${entry.key}${flags.length ? ` (${flags.join('; ')})` : ''}`;
}

/** `3 cards pulled forward by a drill (2 more wait for a later session)`, or nothing. */
export function pulledLine(pulled: number, left: number): string | undefined {
  if (!pulled && !left) return undefined;
  const more = left ? ` (${left} more wait for a later session: the daily limits apply to them too)` : '';
  return `${pulled} card${pulled === 1 ? '' : 's'} pulled forward by a drill${more}`;
}

export async function runPlainReview(options: ReviewOptions): Promise<void> {
  const decks = await reviewDecks(process.env, options.deck);
  const generated: Generated | undefined = await loadGenerated();
  const collection: Collection = openCollection({ decks, now: now(), write: true, onNotice: (m) => process.stderr.write(`drillbit: ${m}\n`) });
  const stop = onShutdown(() => collection.close());
  const lines = stdinLines();
  try {
    const include = (card: Card): boolean => card.kind !== 'generated' || generated !== undefined;
    const queueOptions = { deckId: options.deck, limit: options.limit, include };
    const sitting = beginSitting(collection, now());
    const plan = collection.plan(sitting.start, queueOptions);
    if (!plan.entries.length) {
      out('nothing to review now');
      return;
    }
    const pulled = pulledLine(plan.pulled, plan.pulledLeft);
    if (pulled) out(pulled);
    if (process.stdin.isTTY) process.stderr.write('End each answer with an empty line; then Enter accepts the suggested rating, 1-4 overrides, q quits.\n');
    let state = startSession(sessionCards(plan.entries), options.limit);
    let shown = 0;
    for (let key = currentKey(state); key !== undefined; key = currentKey(state)) {
      const entry = collection.entry(key)!;
      const instance = entry.card.kind === 'generated' && generated ? generated.instantiate(entry.card, key, entry.state?.reps ?? 0) : undefined;
      const card = instance?.card ?? entry.card;
      out(header(entry, ++shown, Math.max(state.queue.length + shown - 1, shown)));
      out(card.prompt);
      const took = elapsed();
      const { answer, ended, burst, cut, quit } = await readAnswer(lines);
      if (quit || (ended && answer === '')) break;
      if (cut) process.stderr.write(`drillbit: ${ANSWER_CUT}\n`);
      const elapsedMs = took();
      const grade: GradeResult = instance ? instance.grade(answer) : gradeCard(card, answer, entry.deck);
      state = sessionReducer(state, { type: 'submit', answer, grade, elapsedMs, fastMs: entry.fastMs, pasted: burst });
      out(feedbackText(grade, card.answer));
      out(ratingPrompt(state.suggested!, collection.preview(key, now())));
      // End of input where a rating was due: nothing unconfirmed is saved, and the learner is told.
      const choice = ended ? 'end' : await readRating(lines, state.suggested!);
      if (choice === 'end') {
        process.stderr.write(`drillbit: input ended before a rating, so ${key} was not saved; follow each answer's empty line with a rating line (an empty line accepts the suggestion)\n`);
        break;
      }
      if (choice === 'quit') break;
      state = sessionReducer(state, { type: 'rate', rating: choice });
      const at = now();
      let saved;
      try {
        saved = collection.record({ key, at, answer, score: grade.score, verdict: grade.verdict, suggested: state.suggested!, rating: state.rating!, elapsedMs, pasted: burst, sittingStart: sitting.start });
      } catch (error) {
        // Not on disk (full disk, lost lock): never say "saved", and hand the typed answer back.
        out(`not saved: ${key}; your answer was:\n${answer}`);
        throw error;
      }
      out(`saved ${key} ${saved.rating} next due ${saved.due.toISOString()}${saved.leech ? ' (leech)' : ''}`);
      state = sessionReducer(state, { type: 'saved', due: saved.due, now: at, learnAheadMs: collection.settings.learnAheadMs });
      state = followDay(state, sitting, collection, at, queueOptions);
    }
    out(`reviewed ${state.done.length} card${state.done.length === 1 ? '' : 's'}`);
  } finally {
    lines.close();
    collection.close();
    stop();
  }
}
