/** `drillbit review` in a terminal: straight into a session, leaving at its end. */
import type { Backend } from './backend.js';
import { runApp, type TuiCommonOptions } from './run-app.js';

/** What runReviewTui needs: the review flags and how to open the store. */
export interface ReviewTuiOptions extends TuiCommonOptions {
  deck?: string;
  limit?: number;
  /** Opens the backend (after the first frame); a thrown DrillbitError is shown on screen. */
  open: () => Backend | Promise<Backend>;
}

export async function runReviewTui(options: ReviewTuiOptions): Promise<void> {
  await runApp({ backend: options.open, color: options.color, start: { at: 'review', deck: options.deck, limit: options.limit } });
}
