import type { ReviewOptions } from '../commands/review.js';

/**
 * `drillbit review`: the full-screen TUI on a terminal, the plain line-by-line
 * protocol with --plain or when stdin is not a terminal (or the TUI is not
 * part of this build).
 */
export async function runReview(options: ReviewOptions): Promise<void> {
  if (!options.plain && process.stdin.isTTY) {
    const specifier = '../../tui/review.js';
    let tui: { runReviewTui?: (o: ReviewOptions) => Promise<void> } | undefined;
    try {
      tui = (await import(specifier)) as typeof tui;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
    if (tui?.runReviewTui) {
      await tui.runReviewTui(options);
      return;
    }
  }
  const { runPlainReview } = await import('../review-plain.js');
  await runPlainReview(options);
}
