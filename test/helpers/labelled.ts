import { readFileSync } from 'node:fs';
import { bundledDir, findCard, loadDecks } from '../../src/cli/content.js';
import { gradeCard } from '../../src/core/grading/index.js';

export interface Graded {
  card: string;
  answer: string;
  label: string;
  verdict: string;
}

/** A JSON Lines file of `{card, answer, label}` graded against the bundled decks. */
export async function gradeLabelled(file: URL): Promise<Graded[]> {
  const decks = await loadDecks([bundledDir('decks')]);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Omit<Graded, 'verdict'>)
    .map((row) => {
      const { deck, card } = findCard(decks, row.card);
      return { ...row, verdict: gradeCard(card, row.answer, deck).verdict };
    });
}
