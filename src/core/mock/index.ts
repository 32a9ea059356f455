/** Public API of the mock interview (pure). */
export type * from './types.js';
export { buildPlan, deckTags, defaultQuestionCount, DESIGN_MINUTES, type PlanInput } from './plan.js';
export { cardWeakness, recallProbability } from './weakness.js';
export { mockGrader, studyCards, type MockContent, type MockGrader } from './grader.js';
export { followUpPrompt } from './follow-up.js';
export { startProgress, interviewClock, questionClock, currentQuestion, currentText, typed, submit, skip, expire, endEarly, resumeProgress } from './progress.js';
export { finishMock } from './finish.js';
export { mockFigures, tagScores, type MockFigures, type TagScore, type MissedPoint } from './report.js';
export { mockHistory, sparkline, change, type MockHistory } from './history.js';
export { formatMockReport } from './report-text.js';
export { formatMockMarkdown } from './report-markdown.js';
export { formatMockHistory } from './history-text.js';
export { retakeCommand } from './format-parts.js';
