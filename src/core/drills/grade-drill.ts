/**
 * Grades a whole drill attempt: every section with the rubric engine, the
 * structural checks beside them, and a total that is the mean of the
 * sections less a deduction per failed check.
 */
import type { Card, Deck, Drill, DrillSection, Thresholds } from '../deck/schema.js';
import { DEFAULT_THRESHOLDS, gradeCard } from '../grading/index.js';
import type { ContradictionResult, CriterionResult, Verdict } from '../grading/types.js';
import { runChecks, type CheckResult } from './checks.js';

/** One section's grade. */
export interface SectionResult {
  id: string;
  title?: string;
  score: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  contradictions: ContradictionResult[];
  /** Hints of the criteria that were missed. */
  hints: string[];
  notes: string[];
  modelAnswer: string;
  /** Deck tags to pull into review when the section scored poorly. */
  tags: string[];
}

/** A graded attempt. */
export interface DrillResult {
  drillId: string;
  score: number;
  verdict: Verdict;
  sections: SectionResult[];
  checks: CheckResult[];
  /** The mean of the section scores, before the deduction for failed checks. */
  sectionAverage: number;
}

/** Subtracted from the total for each failed structural check. */
export const CHECK_DEDUCTION = 0.1;
/** A section a failed structural check concerns scores at most this, and never `correct`. */
export const FAILED_CHECK_CAP = 0.5;
/** The attempt's verdict thresholds. */
export const DRILL_THRESHOLDS: Thresholds = { correct: 0.8, partial: 0.4 };
/** A section below this score pulls its tagged deck cards into review. */
export const POOR_SECTION = 0.6;

export function verdictFor(score: number, thresholds: Thresholds = DRILL_THRESHOLDS): Verdict {
  return score >= thresholds.correct ? 'correct' : score >= thresholds.partial ? 'partial' : 'incorrect';
}

/** The section as a text card for the rubric engine. */
export function sectionCard(section: DrillSection): Card {
  return {
    id: section.id,
    kind: 'text',
    prompt: section.prompt,
    answer: section.answer,
    tags: section.tags,
    rubric: section.rubric,
    ...(section.thresholds ? { thresholds: section.thresholds } : {}),
  };
}

function gradeSection(section: DrillSection, answer: string, deck: Deck): SectionResult {
  const result = gradeCard(sectionCard(section), answer, deck);
  return {
    id: section.id,
    ...(section.title ? { title: section.title } : {}),
    score: result.score,
    verdict: result.verdict,
    criteria: result.criteria,
    contradictions: result.contradictions,
    hints: result.criteria.filter((c) => !c.met && c.hint).map((c) => c.hint!),
    notes: result.notes,
    modelAnswer: section.answer,
    tags: section.tags ?? [],
  };
}

/**
 * Lowers a section that a failed check concerns: score capped at
 * FAILED_CHECK_CAP, verdict at most partial, the check's message first
 * among its hints and a note saying which check capped it.
 */
function capByChecks(result: SectionResult, section: DrillSection, checks: readonly CheckResult[]): SectionResult {
  const failed = checks.filter((c) => !c.ok && c.sections?.includes(section.id));
  if (!failed.length) return result;
  const score = Math.min(result.score, FAILED_CHECK_CAP);
  const verdict = verdictFor(score, section.thresholds ?? DEFAULT_THRESHOLDS);
  const messages = failed.map((c) => c.message);
  return {
    ...result,
    score,
    verdict: verdict === 'correct' ? 'partial' : verdict,
    hints: [...messages, ...result.hints],
    notes: [...result.notes, `score capped at ${Math.round(FAILED_CHECK_CAP * 100)}% by the failed ${failed.map((c) => c.id).join(' and ')} check${failed.length === 1 ? '' : 's'}`],
  };
}

/** Grades `answers` (section id → text; missing sections count as empty). Pure. */
export function gradeDrill(drill: Drill, answers: Readonly<Record<string, string>>): DrillResult {
  const sections = drill.sections ?? [];
  const deck: Deck = {
    id: drill.id,
    title: drill.title,
    ...(drill.synonyms ? { synonyms: drill.synonyms } : {}),
    cards: sections.map(sectionCard),
  };
  const checks = runChecks(drill.checks ?? [], answers);
  const graded = sections.map((s) => capByChecks(gradeSection(s, answers[s.id] ?? '', deck), s, checks));
  const mean = graded.length ? graded.reduce((sum, s) => sum + s.score, 0) / graded.length : 0;
  const failed = checks.filter((c) => !c.ok).length;
  const score = round(Math.max(0, mean - failed * CHECK_DEDUCTION));
  return { drillId: drill.id, score, verdict: verdictFor(score), sections: graded, checks, sectionAverage: round(mean) };
}

/** How the total came about, in words: "Sections average 50%, less 10% for each of 3 failed checks: 20%". */
export function explainTotal(result: Pick<DrillResult, 'score' | 'sectionAverage' | 'checks'>): string {
  const pct = (n: number): string => `${Math.round(n * 100)}%`;
  const failed = result.checks.filter((c) => !c.ok).length;
  if (!failed) return `The total is the sections' average: ${pct(result.sectionAverage)}`;
  const checks = failed === 1 ? 'the failed check' : `each of ${failed} failed checks`;
  const floor = result.sectionAverage - failed * CHECK_DEDUCTION < 0 ? ' (never below 0%)' : '';
  return `Sections average ${pct(result.sectionAverage)}, less ${pct(CHECK_DEDUCTION)} for ${checks}: ${pct(result.score)}${floor}`;
}

/** Tags of the sections that scored poorly, without repeats. */
export function poorSectionTags(result: DrillResult, below = POOR_SECTION): string[] {
  return [...new Set(result.sections.filter((s) => s.score < below).flatMap((s) => s.tags))];
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
