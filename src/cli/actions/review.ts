import type { ReviewOptions } from '../commands/review.js';

/**
 * `drillbit review`: the full-screen TUI on a terminal (on the store through
 * src/cli/tui-backend.ts), the plain line-by-line protocol with --plain,
 * or when stdin or stdout is not a terminal.
 */
export async function runReview(options: ReviewOptions): Promise<void> {
  if (!options.plain && process.stdin.isTTY && process.stdout.isTTY) {
    // React's production build: the development one is slower to load and to render.
    process.env['NODE_ENV'] ??= 'production';
    // Literal specifiers, so the bundler keeps the TUI in its own lazily loaded chunk.
    const [{ runReviewTui }, { openTuiBackend }, { reviewDecks }] = await Promise.all([
      import('../../tui/review.js'),
      import('../open-tui-backend.js'),
      import('../review-plain-decks.js'),
    ]);
    await runReviewTui({
      ...(options.deck !== undefined ? { deck: options.deck } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
      open: async () => openTuiBackend({ decks: await reviewDecks(process.env, options.deck) }),
    });
    return;
  }
  const { runPlainReview } = await import('../review-plain.js');
  await runPlainReview(options);
}
