import type { ReviewOptions } from '../commands/review.js';

/**
 * `drillbit review`: the full-screen TUI on a terminal (backed by the store,
 * see store-backend.ts), the plain line-by-line protocol with --plain, when
 * stdin is not a terminal, or when the TUI is not part of this build.
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
      const [{ reviewDecks }, { loadGenerated }, { storeBackend }, { onShutdown }] = await Promise.all([
        import('../review-plain-decks.js'),
        import('../review-plain-generated.js'),
        import('../store-backend.js'),
        import('../shutdown.js'),
      ]);
      const decks = reviewDecks(process.env, options.deck);
      const generated = await loadGenerated();
      let close = (): void => {};
      const stop = onShutdown(() => close());
      // React's production build: the development one is slower to load and to render.
      process.env['NODE_ENV'] ??= 'production';
      try {
        await tui.runReviewTui({
          ...options,
          open: () => {
            const backend = storeBackend({ decks, generated });
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
