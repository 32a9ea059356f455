/** The TUI's public API: what the CLI calls (the CLI imports these lazily). */
export { runHomeTui, type HomeTuiOptions, type Content } from './home.js';
export { runReviewTui, type ReviewTuiOptions } from './review.js';
export { runDrillTui, type DrillTuiOptions } from './drill.js';
export type { Backend, ReviewSession, StatsData, HomeData, Graded, Rating, RatingPreview, ReviewItem, DeckRow } from './backend.js';
export { memoryBackend } from './memory-backend.js';
