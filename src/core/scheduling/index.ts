/** Public scheduling API: FSRS wrapper, ratings, queue, session reducer, stats. Pure. */
export * from './card-state.js';
export * from './day.js';
export * from './due.js';
export * from './fsrs.js';
export * from './queue.js';
export * from './rating.js';
export * from './session.js';
export * from './settings.js';
export * from './siblings.js';
export * from './stats.js';
