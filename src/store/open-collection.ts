/**
 * openCollection: the one way the CLI and the TUI reach the data directory.
 *
 *   const c = openCollection({ decks, now, write: true });
 *   for (const entry of c.queue(now)) { ...; c.record({ key: entry.key, ... }); }
 *   c.close();
 *
 * Recording appends one fsync'd line to history.jsonl; it never rewrites the
 * whole state, so it costs the same with 100 or 200,000 past reviews. The
 * state checkpoint (state.json) is written on open after a replay, every
 * CHECKPOINT_EVERY reviews, and on close; anything after it is replayed from
 * the history on the next open.
 */
import { rmSync } from 'node:fs';
import type { Card, Deck } from '../core/deck/schema.js';
import { pullForwardFile, readPullForward } from './attempts.js';
import { DrillbitError } from '../core/errors.js';
import { isLeech } from '../core/scheduling/card-state.js';
import { dayKey } from '../core/scheduling/day.js';
import { fuzzSeed, previewRatings, type ScheduleOptions } from '../core/scheduling/fsrs.js';
import { planQueue } from '../core/scheduling/queue.js';
import { fastThresholdMs } from '../core/scheduling/rating.js';
import { DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS, withDefaults } from '../core/scheduling/settings.js';
import { newCardState } from '../core/scheduling/card-state.js';
import { computeStats } from '../core/scheduling/stats.js';
import type { Collection, OpenOptions, QueueEntry, QueueOptions, QueuePlanEntries, Recorded, ReviewInput } from './collection-types.js';
import { contentHash, legacyContentHash } from './content-hash.js';
import { dataDir } from './data-dir.js';
import { checkIsFolder, ensureDir, fileStorage } from './file-storage.js';
import { ioError } from './io-error.js';
import { loadModel } from './load-model.js';
import { applyRecord, modelToDoc, reviewTally } from './model.js';
import { cardToJson, emptyTally, type HistoryRecord, type ReviewRecord } from './records.js';
import type { Storage } from './storage.js';
import { READ_CACHE_AFTER_BYTES, writeReadCache } from './read-cache.js';
import { sameParameters } from '../core/scheduling/fitted-parameters.js';
import { importRecords } from './import-records.js';
import { parseSettings, SettingsError, settingsNotice } from './settings-file.js';

export type * from './collection-types.js';

/** Reviews between two state checkpoints. */
export const CHECKPOINT_EVERY = 500;

/** settings.json, or the defaults with a notice when it cannot be used. */
function readSettings(storage: Storage, notice: (m: string) => void): ReturnType<typeof parseSettings> {
  try {
    return parseSettings(storage.readSettings(), `${storage.location}/settings.json`);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    notice(settingsNotice(error));
    return {};
  }
}

export function openCollection(options: OpenOptions): Collection {
  const dir = options.dir ?? dataDir();
  const storage = options.storage ?? fileStorage(dir);
  const notices: string[] = [];
  const notice = (m: string): void => {
    notices.push(m);
    options.onNotice?.(m);
  };
  if (!options.storage) checkIsFolder(dir);
  if (options.write) {
    if (!options.storage) ensureDir(dir);
    storage.lock.acquire();
  }
  const stamp = options.now.toISOString().replace(/[:.]/g, '-');
  let loaded;
  try {
    const fromFile = readSettings(storage, notice);
    loaded = { settings: withDefaults({ ...fromFile, ...options.settings }), ...loadModel(storage, options.write, stamp, notice) };
  } catch (error) {
    if (options.write) storage.lock.release();
    throw error;
  }
  const { settings, model, stale, replayed } = loaded;
  if (!options.write && replayed >= READ_CACHE_AFTER_BYTES) writeReadCache(storage, model);
  const cards = new Map<string, { deck: Deck; card: Card; hash?: string; legacy?: string }>();
  for (const deck of options.decks) for (const card of deck.cards) cards.set(`${deck.id}/${card.id}`, { deck, card });
  const hashOf = (key: string): string => {
    const c = cards.get(key)!;
    return (c.hash ??= contentHash(c.card));
  };
  const undo: { id: string; key: string; day: string; prev: ReturnType<typeof model.cards.get>; tally: ReturnType<typeof reviewTally> }[] = [];
  let sinceCheckpoint = 0;
  let closed = false;
  /** A write failed (full disk, lost lock): close() writes nothing more, the history has every saved review. */
  let failed = false;
  let seq = 0;

  const checkpoint = (): void => {
    if (!options.write) return;
    try {
      // The checkpoint's offset must be a line boundary of the log this model read: if the log
      // is not exactly what this session knows (another writer), leave the checkpoint behind.
      if (storage.history.size() !== model.historyBytes) return;
      storage.state.write(modelToDoc(model));
      sinceCheckpoint = 0;
    } catch (error) {
      notice(`${ioError(error, 'write', storage.state.path).message}; the review history has everything and is replayed next time`);
    }
  };
  const append = (rec: HistoryRecord): void => {
    if (closed) throw new DrillbitError('the collection is closed');
    if (!options.write) throw new DrillbitError('this collection was opened read-only');
    const line = JSON.stringify(rec);
    try {
      storage.lock.verify();
      storage.history.append(line, model.historyBytes);
    } catch (error) {
      failed = true;
      throw ioError(error, 'save the review to', storage.history.path);
    }
    applyRecord(model, rec);
    model.historyBytes += Buffer.byteLength(line) + 1;
  };
  const entry = (key: string): QueueEntry | undefined => {
    const c = cards.get(key);
    if (!c) return undefined;
    const stored = model.cards.get(key);
    return {
      key,
      deck: c.deck,
      card: c.card,
      state: stored?.state,
      leech: !!stored && isLeech(stored.state, settings.leechLapses),
      // Hashes stored before tags were left out of the hash still count as unchanged.
      changed: !!stored && stored.hash !== hashOf(key) && stored.hash !== (c.legacy ??= legacyContentHash(c.card)),
      fastMs: fastThresholdMs(stored?.times ?? [], stored?.state.phase),
    };
  };
  const sameSteps = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  const defaultSteps = sameSteps(settings.learningSteps, DEFAULT_LEARNING_STEPS) && sameSteps(settings.relearningSteps, DEFAULT_RELEARNING_STEPS);
  /** How the next review of `key` is scheduled: the settings in force and the card's fuzz seed. */
  const scheduleOf = (key: string): ScheduleOptions => ({
    retention: settings.desiredRetention,
    seed: fuzzSeed(key, model.cards.get(key)?.state.reps ?? 0),
    learningSteps: settings.learningSteps,
    relearningSteps: settings.relearningSteps,
    w: wantedParams,
  });
  const plan = (now: Date, opts: QueueOptions = {}): QueuePlanEntries => {
    const today = model.days[dayKey(now, settings.dayStartHour)] ?? emptyTally();
    const candidates = [];
    for (const [key, c] of cards) {
      if (opts.deckId !== undefined && c.deck.id !== opts.deckId) continue;
      if (opts.include && !opts.include(c.card)) continue;
      candidates.push({ key, group: c.card.group ? `${c.deck.id}/${c.card.group}` : undefined, state: model.cards.get(key)?.state });
    }
    const p = planQueue({ cards: candidates, now, settings, newToday: today.newCards, reviewsToday: today.reviewPhase, pulledForward: model.pulled, limit: opts.limit });
    const pulled = new Set(p.pulled);
    return { entries: p.keys.map((k) => ({ ...entry(k)!, ...(pulled.has(k) ? { pulled: true } : {}) })), pulled: pulled.size, pulledLeft: p.pulledLeft };
  };

  const wantedParams = settings.fsrsParameters?.w;
  /** The parameters in settings.json take over from the next review on; a params record lets a replay follow. */
  const paramsRecord = (at: Date): HistoryRecord | undefined =>
    sameParameters(model.params, wantedParams) ? undefined : { v: 1, type: 'params', at: at.toISOString(), w: wantedParams ? [...wantedParams] : null };

  if (stale) checkpoint();
  if (options.write && !options.storage) adoptPullForwardFile(dir, options.now);

  /** Keys a drill left in pull-forward.json (drills without a collection) move into the history. */
  function adoptPullForwardFile(from: string, now: Date): void {
    const keys = readPullForward(from);
    if (!keys.length) return;
    const fresh = keys.filter((k) => !model.pulled.includes(k));
    if (fresh.length) append({ v: 1, type: 'pull', at: now.toISOString(), keys: fresh });
    rmSync(pullForwardFile(from), { force: true });
  }

  return {
    location: storage.location,
    settings,
    notices,
    entry,
    queue: (now, opts) => plan(now, opts).entries,
    plan,
    preview(key, now) {
      return previewRatings(model.cards.get(key)?.state ?? newCardState(now), now, scheduleOf(key));
    },
    record(review: ReviewInput): Recorded {
      if (!cards.has(review.key)) throw new DrillbitError(`no card "${review.key}" in the loaded decks`);
      const prev = model.cards.get(review.key);
      const day = dayKey(review.at, settings.dayStartHour);
      const sitting = review.sittingStart ? dayKey(review.sittingStart, settings.dayStartHour) : day;
      const rec: ReviewRecord = {
        v: 1,
        type: 'review',
        id: `${review.at.getTime().toString(36)}-${process.pid.toString(36)}-${seq++}`,
        key: review.key,
        at: review.at.toISOString(),
        day,
        answer: review.answer,
        score: review.score,
        verdict: review.verdict,
        suggested: review.suggested,
        rating: review.rating,
        overridden: review.rating !== review.suggested,
        elapsedMs: Math.max(0, Math.round(review.elapsedMs)),
        hash: hashOf(review.key),
        retention: settings.desiredRetention,
        fuzz: true,
        ...(defaultSteps ? {} : { steps: { learning: [...settings.learningSteps], relearning: [...settings.relearningSteps] } }),
        ...(review.pasted ? { pasted: true as const } : {}),
        ...(sitting < day ? { sitting } : {}),
      };
      const tally = reviewTally(prev, rec);
      const params = paramsRecord(review.at);
      if (params) append(params);
      append(rec);
      undo.push({ id: rec.id, key: rec.key, day: rec.day, prev, tally });
      if (++sinceCheckpoint >= CHECKPOINT_EVERY) checkpoint();
      const state = model.cards.get(review.key)!.state;
      return { key: review.key, rating: review.rating, due: state.due, state, leech: isLeech(state, settings.leechLapses) };
    },
    importReviews(reviews) {
      if (closed) throw new DrillbitError('the collection is closed');
      if (!options.write) throw new DrillbitError('this collection was opened read-only');
      const params = paramsRecord(options.now);
      const { records, skipped } = importRecords(reviews, {
        has: (key) => cards.has(key),
        lastReview: (key) => model.cards.get(key)?.state.lastReview?.getTime(),
        hashOf,
        dayStartHour: settings.dayStartHour,
        retention: settings.desiredRetention,
      });
      const recs: HistoryRecord[] = params && records.length ? [params, ...records] : records;
      const lines = recs.map((rec) => JSON.stringify(rec));
      try {
        storage.lock.verify();
        storage.history.appendMany(lines, model.historyBytes);
      } catch (error) {
        failed = true;
        throw ioError(error, 'save the imported reviews to', storage.history.path);
      }
      recs.forEach((rec, i) => {
        applyRecord(model, rec);
        model.historyBytes += Buffer.byteLength(lines[i]!) + 1;
      });
      if (recs.length) checkpoint();
      return { added: records.length, skipped };
    },
    undoLast(now) {
      const last = undo.at(-1);
      if (!last) return undefined;
      append({ v: 1, type: 'undo', of: last.id, key: last.key, at: now.toISOString(), day: last.day, restored: last.prev ? cardToJson(last.prev) : null, tally: last.tally });
      undo.pop();
      return { key: last.key };
    },
    pullForward(keys, now) {
      const fresh = keys.filter((k) => !model.pulled.includes(k));
      if (fresh.length) append({ v: 1, type: 'pull', at: now.toISOString(), keys: fresh });
    },
    pulled: () => [...model.pulled],
    stats(now) {
      const list = [...cards.entries()].map(([key, c]) => ({ deckId: c.deck.id, state: model.cards.get(key)?.state }));
      return computeStats({ cards: list, days: model.days, totalReviews: model.totalReviews, now, dayStartHour: settings.dayStartHour, learnAheadMs: settings.learnAheadMs, leechLapses: settings.leechLapses });
    },
    close() {
      if (closed) return;
      closed = true;
      if (options.write) {
        if (sinceCheckpoint > 0 && !failed) checkpoint();
        storage.history.close();
        storage.lock.release();
      }
    },
  };
}
