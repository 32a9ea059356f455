/**
 * The reviews in the history as they stand (undone ones left out), each with
 * the card's state before and after, replayed exactly as the collection does.
 * For exports (Anki's revlog) and the optimizer (FSRS training items).
 */
import type { CardState } from '../core/scheduling/card-state.js';
import { DrillbitError } from '../core/errors.js';
import { ioError } from './io-error.js';
import { applyRecord, emptyModel } from './model.js';
import { historyRecordSchema, type ReviewRecord } from './records.js';
import type { Storage } from './storage.js';

/** One review that stands, with the card's state around it. */
export interface ReplayedReview {
  record: ReviewRecord;
  /** Undefined: the card's first review. */
  before?: CardState | undefined;
  after: CardState;
}

export function historyReviews(storage: Storage): ReplayedReview[] {
  const model = emptyModel();
  const out: ReplayedReview[] = [];
  const undone = new Set<string>();
  try {
    storage.history.scan(0, (line) => {
      if (!line.trim()) return;
      let parsed;
      try {
        parsed = historyRecordSchema().safeParse(JSON.parse(line));
      } catch {
        return;
      }
      if (!parsed.success) return;
      const rec = parsed.data;
      const before = rec.type === 'review' ? model.cards.get(rec.key)?.state : undefined;
      applyRecord(model, rec);
      if (rec.type === 'review') out.push({ record: rec, before, after: model.cards.get(rec.key)!.state });
      if (rec.type === 'undo') undone.add(rec.of);
    });
  } catch (error) {
    if (error instanceof DrillbitError) throw error;
    throw ioError(error, 'read', storage.history.path);
  }
  return undone.size ? out.filter((r) => !undone.has(r.record.id)) : out;
}
