/**
 * Grades mock questions through the public graders — gradeCard for deck
 * cards, the drill engine for the calculation and the design halves — and
 * finds the follow-up of a partial answer. Pure.
 */
import type { Card, Deck, Drill } from '../deck/schema.js';
import { gradeCard } from '../grading/index.js';
import { gradeDrill } from '../drills/grade-drill.js';
import { subnetGradeResult } from '../drills/generated.js';
import { generateSubnetProblem } from '../drills/subnet-problems.js';
import { followUpPrompt } from './follow-up.js';
import { CALCULATION_TAGS } from './plan.js';
import { partSections } from './question-text.js';
import type { FollowUp, MockQuestion, QuestionGrade } from './types.js';

/** What a question is graded against. */
export interface MockContent {
  decks: readonly Deck[];
  /** The deployment-sketch drill (design questions). */
  design?: Drill | undefined;
}

export interface MockGrader {
  grade(question: MockQuestion, answer: string): QuestionGrade;
  /** The follow-up for a partial answer (undefined: none to ask). */
  followUp(question: MockQuestion, grade: QuestionGrade): Omit<FollowUp, 'answer'> | undefined;
}

/** Scores below this put a design section's or calculation's related cards on the study list. */
export const POOR = 0.6;

function findCard(decks: readonly Deck[], key: string): { deck: Deck; card: Card } | undefined {
  const slash = key.indexOf('/');
  const deck = decks.find((d) => d.id === key.slice(0, slash));
  const card = deck?.cards.find((c) => c.id === key.slice(slash + 1));
  return deck && card ? { deck, card } : undefined;
}

/** Cards carrying the rarest of `tags` (the most specific one), so a study list stays short. */
export function studyCards(decks: readonly Deck[], tags: readonly string[]): string[] {
  const withTag = (t: string): string[] => decks.flatMap((d) => d.cards.filter((c) => c.kind !== 'generated' && c.tags?.includes(t)).map((c) => `${d.id}/${c.id}`));
  const counted = tags.map((t) => ({ t, keys: withTag(t) })).filter((x) => x.keys.length);
  if (!counted.length) return [];
  return counted.reduce((a, b) => (b.keys.length < a.keys.length ? b : a)).keys;
}

const missing = (question: MockQuestion, why: string): QuestionGrade => ({ score: 0, verdict: 'incorrect', points: [], notes: [why], modelAnswer: '', study: [] });

function gradeCardQuestion(content: MockContent, question: MockQuestion, answer: string): QuestionGrade {
  const found = findCard(content.decks, question.ref);
  if (!found) return missing(question, `card ${question.ref} is no longer in the decks`);
  const result = gradeCard(found.card, answer, found.deck);
  return {
    score: result.score,
    verdict: result.verdict,
    points: result.criteria.map((c) => ({ id: c.id, met: c.met, ...(c.met || !c.hint ? {} : { hint: c.hint }) })),
    notes: [...result.contradictions.map((c) => c.message), ...result.notes],
    modelAnswer: found.card.answer,
    study: result.verdict === 'correct' ? [] : [question.ref],
  };
}

function gradeCalculation(content: MockContent, question: MockQuestion, answer: string): QuestionGrade {
  const problem = generateSubnetProblem(question.seed ?? 0);
  const result = subnetGradeResult(problem, answer);
  return {
    score: result.score,
    verdict: result.verdict,
    points: result.criteria.map((c) => ({ id: c.id, met: c.met, ...(c.met || !c.hint ? {} : { hint: c.hint }) })),
    notes: [],
    modelAnswer: [`${problem.solution.addressesNeeded} /${problem.solution.prefix}`, ...problem.solution.steps].join('\n'),
    study: result.score < POOR ? studyCards(content.decks, CALCULATION_TAGS) : [],
  };
}

function gradeDesign(content: MockContent, question: MockQuestion, answer: string): QuestionGrade {
  const drill = content.design;
  if (!drill || !question.part) return missing(question, 'the design drill is not loaded');
  const sections = partSections(drill, question.part);
  const result = gradeDrill({ ...drill, sections }, Object.fromEntries(sections.map((s) => [s.id, answer])));
  const points = result.sections.flatMap((s) => s.criteria.map((c) => ({ id: `${s.id}.${c.id}`, met: c.met, ...(c.met || !c.hint ? {} : { hint: c.hint }) })));
  const failed = result.checks.filter((c) => !c.ok).map((c) => ({ id: `check.${c.id}`, met: false, hint: c.message }));
  const poor = result.sections.filter((s) => s.score < POOR);
  return {
    score: result.score,
    verdict: result.verdict,
    points: [...points, ...failed],
    notes: result.sections.flatMap((s) => s.contradictions.map((c) => c.message)),
    modelAnswer: sections.map((s) => `${s.title ?? s.id}: ${s.answer.trim()}`).join('\n'),
    study: [...new Set(poor.flatMap((s) => studyCards(content.decks, s.tags ?? [])))],
  };
}

/** The rubric criterion behind a point id (design points are `section.criterion`). */
function criterionOf(content: MockContent, question: MockQuestion, pointId: string) {
  if (question.kind === 'card') {
    const found = findCard(content.decks, question.ref);
    const criterion = found?.card.rubric?.criteria.find((c) => c.id === pointId);
    return criterion ? { criterion, synonyms: found!.deck.synonyms } : undefined;
  }
  if (question.kind === 'design' && content.design) {
    const section = content.design.sections?.find((s) => pointId.startsWith(`${s.id}.`));
    const criterion = section?.rubric.criteria.find((c) => `${section.id}.${c.id}` === pointId);
    return criterion ? { criterion, synonyms: content.design.synonyms } : undefined;
  }
  return undefined;
}

export function mockGrader(content: MockContent): MockGrader {
  return {
    grade(question, answer) {
      if (question.kind === 'calculation') return gradeCalculation(content, question, answer);
      if (question.kind === 'design') return gradeDesign(content, question, answer);
      return gradeCardQuestion(content, question, answer);
    },
    followUp(question, grade) {
      if (grade.verdict !== 'partial') return undefined;
      for (const point of grade.points) {
        if (point.met) continue;
        const source = criterionOf(content, question, point.id);
        if (source) return { criterion: point.id, prompt: followUpPrompt(source.criterion, source.synonyms) };
      }
      return undefined;
    },
  };
}
