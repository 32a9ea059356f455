/**
 * A Backend kept in memory: every card of the given decks is new and due, and
 * reviews last as long as the process. Tests use it, and the TUI falls back to
 * it (saying so on screen) when no store is available.
 */
import type { Deck, Drill } from '../core/deck/index.js';
import { gradeCard } from '../core/grading/index.js';
import type { Backend, Graded, Rating, ReviewItem, ReviewSession, StatsData } from './backend.js';
import { suggestRating } from './suggest-rating.js';

/** A review kept by the memory backend. */
export interface MemoryReview {
  key: string;
  rating: Rating;
  at: Date;
}

export interface MemoryBackendOptions {
  decks: Deck[];
  drills?: Drill[];
  /** The clock (tests pass a fixed one). */
  now: () => Date;
  /** Interval previews per rating in days; omitted, the screen shows none. */
  previews?: Record<Rating, number>;
  stats?: StatsData;
}

export function memoryBackend(options: MemoryBackendOptions): Backend & { reviews: MemoryReview[] } {
  const reviews: MemoryReview[] = [];
  const answered = new Set<string>();
  const keyOf = (item: ReviewItem): string => `${item.deck.id}/${item.card.id}`;

  function startReview({ deck, limit }: { deck?: string; limit?: number }): ReviewSession {
    const queue: ReviewItem[] = options.decks
      .filter((d) => deck === undefined || d.id === deck)
      .flatMap((d) => d.cards.map((card) => ({ deck: d, card })))
      .filter((item) => !answered.has(keyOf(item)))
      .slice(0, limit ?? Infinity);
    let index = 0;
    const session: ReviewSession = {
      persistent: false,
      total: () => queue.length,
      done: () => index,
      current: () => queue[index],
      grade(answer: string): Graded {
        const item = queue[index]!;
        const result = gradeCard(item.card, answer, item.deck);
        const previews = ([1, 2, 3, 4] as const).map((rating) => ({ rating, days: options.previews?.[rating] }));
        return { result, suggested: suggestRating(result.verdict), previews };
      },
      record(rating) {
        const item = queue[index]!;
        reviews.push({ key: keyOf(item), rating, at: options.now() });
        answered.add(keyOf(item));
        index++;
      },
      undo() {
        if (index === 0) return false;
        index--;
        const last = reviews.pop();
        if (last) answered.delete(last.key);
        return true;
      },
      nextDue: () => undefined,
      now: options.now,
    };
    return session;
  }

  return {
    reviews,
    home: () => ({
      decks: options.decks.map((d) => {
        const open = d.cards.filter((c) => !answered.has(`${d.id}/${c.id}`)).length;
        return { id: d.id, title: d.title, due: 0, fresh: open, total: d.cards.length };
      }),
      drills: options.drills ?? [],
      firstRun: reviews.length === 0,
    }),
    startReview,
    stats: () =>
      options.stats ?? {
        perDay: [reviews.length],
        todayWeekday: (options.now().getDay() + 6) % 7,
        today: [options.now().getFullYear(), options.now().getMonth() + 1, options.now().getDate()].map((n) => String(n).padStart(2, '0')).join('-'),
        forecast: Array<number>(30).fill(0),
        streak: reviews.length > 0 ? 1 : 0,
        reviewsTotal: reviews.length,
        retention: reviews.length ? reviews.filter((r) => r.rating > 1).length / reviews.length : undefined,
        leeches: [],
      },
    close: () => {},
  };
}
