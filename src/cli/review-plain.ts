/**
 * `drillbit review --plain`: line-by-line review for pipes, scripts and screen
 * readers. For each card: print the prompt; read the answer up to an empty
 * line; print the verdict, criteria, model answer and suggested rating; read
 * one line (empty accepts, 1-4 overrides, q quits); once the review is on disk
 * print `saved <deckId>/<cardId> <rating> next due <ISO date>`. End of input
 * ends the session; everything answered and rated so far is kept.
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

export async function runPlainReview(options: ReviewOptions): Promise<void> {
  const decks = await reviewDecks(process.env, options.deck);
  const generated: Generated | undefined = await loadGenerated();
  const collection: Collection = openCollection({ decks, now: new Date(), write: true, onNotice: (m) => process.stderr.write(`drillbit: ${m}\n`) });
  const stop = onShutdown(() => collection.close());
  const lines = stdinLines();
  try {
    const include = (card: Card): boolean => card.kind !== 'generated' || generated !== undefined;
    const queue = collection.queue(new Date(), { deckId: options.deck, limit: options.limit, include });
    if (!queue.length) {
      out('nothing to review now');
      return;
    }
    if (process.stdin.isTTY) process.stderr.write('End each answer with an empty line; then Enter accepts the suggested rating, 1-4 overrides, q quits.\n');
    let state = startSession(queue.map((e) => e.key), options.limit);
    let shown = 0;
    for (let key = currentKey(state); key !== undefined; key = currentKey(state)) {
      const entry = collection.entry(key)!;
      const instance = entry.card.kind === 'generated' && generated ? generated.instantiate(entry.card, key, entry.state?.reps ?? 0) : undefined;
      const card = instance?.card ?? entry.card;
      out(header(entry, ++shown, Math.max(state.queue.length + shown - 1, shown)));
      out(card.prompt);
      const started = Date.now();
      const { answer, ended, cut } = await readAnswer(lines);
      if (ended && answer === '') break;
      if (cut) process.stderr.write(`drillbit: ${ANSWER_CUT}\n`);
      const elapsedMs = Date.now() - started;
      const grade: GradeResult = instance ? instance.grade(answer) : gradeCard(card, answer, entry.deck);
      state = sessionReducer(state, { type: 'submit', answer, grade, elapsedMs, fastMs: process.stdin.isTTY ? entry.fastMs : undefined });
      out(feedbackText(grade, card.answer));
      out(ratingPrompt(state.suggested!, collection.preview(key, new Date())));
      // End of input where a rating was due: the answer is kept with the suggested rating.
      const choice = ended ? 'end' : await readRating(lines, state.suggested!);
      if (choice === 'quit') break;
      state = sessionReducer(state, { type: 'rate', rating: choice === 'end' ? state.suggested! : choice });
      const now = new Date();
      let saved;
      try {
        saved = collection.record({ key, at: now, answer, score: grade.score, verdict: grade.verdict, suggested: state.suggested!, rating: state.rating!, elapsedMs });
      } catch (error) {
        // Not on disk (full disk, lost lock): never say "saved", and hand the typed answer back.
        out(`not saved: ${key}; your answer was:\n${answer}`);
        throw error;
      }
      out(`saved ${key} ${saved.rating} next due ${saved.due.toISOString()}${saved.leech ? ' (leech)' : ''}`);
      state = sessionReducer(state, { type: 'saved', due: saved.due, now, learnAheadMs: collection.settings.learnAheadMs });
      if (choice === 'end') break;
    }
    out(`reviewed ${state.done.length} card${state.done.length === 1 ? '' : 's'}`);
  } finally {
    lines.close();
    collection.close();
    stop();
  }
}
