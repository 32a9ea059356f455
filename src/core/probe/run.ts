/**
 * `lint --probe` in core: grade each rubric card's model answer and its
 * mutants with the public grader, and report what the rubric gets wrong — a
 * mutant graded correct, or a model answer that is not. Pure.
 */
import type { Deck } from '../deck/schema.js';
import { gradeCard, type Verdict } from '../grading/index.js';
import { deckEntities } from './entities.js';
import { generateMutants, PROBE_KINDS, type ProbeKind } from './mutants.js';
import type { Tagger } from './tagger.js';

/** Something a rubric gets wrong. */
export interface ProbeFinding {
  cardIndex: number;
  cardId: string;
  /** `model` when the model answer itself is not graded correct. */
  kind: ProbeKind | 'model';
  text: string;
  detail?: string;
  verdict: Verdict;
  score: number;
}

/** How many mutants of one kind were made, and how many the rubrics caught (graded below correct). */
export interface KindTally {
  generated: number;
  caught: number;
}

export interface ProbeReport {
  cards: number;
  findings: ProbeFinding[];
  kinds: Record<ProbeKind, KindTally>;
}

/** Probes every text card with a rubric in `deck`. */
export function probeDeck(deck: Deck, tag: Tagger, seed = 1): ProbeReport {
  const model = deckEntities(deck);
  const kinds = Object.fromEntries(PROBE_KINDS.map((k) => [k, { generated: 0, caught: 0 }])) as Record<ProbeKind, KindTally>;
  const findings: ProbeFinding[] = [];
  let cards = 0;
  deck.cards.forEach((card, cardIndex) => {
    if (card.kind !== 'text' || !card.rubric) return;
    cards++;
    const own = gradeCard(card, card.answer, deck);
    if (own.verdict !== 'correct') findings.push({ cardIndex, cardId: card.id, kind: 'model', text: card.answer, verdict: own.verdict, score: own.score });
    for (const mutant of generateMutants(card, deck, model, tag, seed)) {
      const result = gradeCard(card, mutant.text, deck);
      kinds[mutant.kind].generated++;
      if (result.verdict !== 'correct') {
        kinds[mutant.kind].caught++;
        continue;
      }
      const finding: ProbeFinding = { cardIndex, cardId: card.id, kind: mutant.kind, text: mutant.text, verdict: result.verdict, score: result.score };
      if (mutant.detail !== undefined) finding.detail = mutant.detail;
      findings.push(finding);
    }
  });
  return { cards, findings, kinds };
}
