/** The TUI's public API: what the CLI calls (bundled into dist/tui-bundle.js). */
export { runHomeTui, type HomeTuiOptions } from './home.js';
export { runReviewTui, type ReviewTuiOptions } from './review.js';
export { runDrillTui, type DrillTuiOptions } from './drill.js';
export type { Backend, ReviewSession, StatsData, HomeData, Graded, Rating, RatingPreview, ReviewItem, DeckRow } from './backend.js';
export { memoryBackend } from './memory-backend.js';
