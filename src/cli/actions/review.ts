import type { ReviewOptions } from '../commands/review.js';

/**
 * `drillbit review`: the full-screen TUI on a terminal (on the store through
 * src/cli/tui-backend.ts), the plain line-by-line protocol with --plain,
 * when stdin or stdout is not a terminal, or when the TUI is not in this build.
 */
export async function runReview(options: ReviewOptions): Promise<void> {
  if (!options.plain && process.stdin.isTTY && process.stdout.isTTY) {
    // A literal specifier, so the bundler keeps the TUI in its own lazily loaded chunk.
    let tui: typeof import('../../tui/review.js') | undefined;
    try {
      tui = await import('../../tui/review.js');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
    if (tui?.runReviewTui) {
      const { onShutdown } = await import('../shutdown.js');
      let close = (): void => {};
      // SIGTERM/SIGHUP (Ctrl-C is a key in the TUI): checkpoint, release the lock, exit 143/129.
      const stop = onShutdown(() => close());
      // React's production build: the development one is slower to load and to render.
      process.env['NODE_ENV'] ??= 'production';
      try {
        await tui.runReviewTui({
          ...(options.deck !== undefined ? { deck: options.deck } : {}),
          ...(options.limit !== undefined ? { limit: options.limit } : {}),
          open: async () => {
            const [{ reviewDecks }, { loadGenerated }, { storeBackend }] = await Promise.all([
              import('../review-plain-decks.js'),
              import('../review-plain-generated.js'),
              import('../tui-backend.js'),
            ]);
            const decks = await reviewDecks(process.env, options.deck);
            const generated = await loadGenerated();
            const backend = storeBackend({ decks, now: () => new Date(), instantiate: generated.instantiate });
            close = () => backend.close();
            return backend;
          },
        });
      } finally {
        stop();
      }
      return;
    }
  }
  const { runPlainReview } = await import('../review-plain.js');
  await runPlainReview(options);
}
