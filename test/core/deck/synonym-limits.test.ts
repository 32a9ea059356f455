import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/core/deck/index.js';
import { expansionCount, MAX_EXPANSIONS } from '../../../src/core/deck/synonym-refs.js';
import { formatProblem } from '../../../src/core/errors.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { expandSynonyms } from '../../../src/core/grading/phrase.js';

const deckWith = (synonyms: string, phrase: string): string => `id: demo
title: Demo deck
synonyms:
${synonyms}
cards:
  - id: c1
    kind: text
    prompt: What does the role do?
    answer: It lets the agent pull the image.
    rubric:
      criteria:
        - id: pull
          any: ["${phrase}"]
`;

describe('synonym references that name Object.prototype properties', () => {
  for (const name of ['constructor', 'tostring', 'valueof']) {
    it(`$${name}: lint reports it as unknown, and grading treats it as a plain word (no crash)`, () => {
      const source = deckWith('  role: [task role]', `$${name} pulls`);
      expect(parseDeck(source, 'deck.yaml').problems.map(formatProblem)).toEqual([
        `deck.yaml:13:17: unknown synonym "$${name}"; define it under "synonyms" at the top of the file`,
      ]);
      const card = { id: 'c1', kind: 'text' as const, prompt: 'What?', answer: 'It pulls.', rubric: { criteria: [{ id: 'pull', any: [`$${name} pulls`] }] } };
      const deck = { id: 'demo', title: 'Demo', synonyms: { role: ['task role'] }, cards: [card] };
      expect(gradeCard(card, `the ${name} pulls`, deck).criteria[0]).toMatchObject({ id: 'pull', met: true });
    });
  }
});

describe('synonym expansion is bounded', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => `word${i}`);
  const synonyms = { g: hundred };

  it('five references over a hundred synonyms expand to MAX_EXPANSIONS phrasings, quickly', () => {
    const started = performance.now();
    const out = expandSynonyms('$g $g $g $g $g', synonyms);
    expect(out).toHaveLength(MAX_EXPANSIONS);
    expect(out[0]).toBe('word0 word0 word0 word0 $g');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(expansionCount('$g $g $g $g $g', synonyms)).toBeGreaterThan(MAX_EXPANSIONS);
    expect([expansionCount('$g', synonyms), expansionCount('$g', synonyms, 1000)]).toEqual([MAX_EXPANSIONS + 1, 100]);
  });

  it('grading one answer against such a card stays fast, and lint tells the author', () => {
    const source = deckWith(`  g: [${hundred.join(', ')}]`, '$g $g $g $g $g');
    const problems = parseDeck(source, 'deck.yaml').problems.map(formatProblem);
    expect(problems).toEqual([
      `deck.yaml:13:17: "$g $g $g $g $g" expands to more than ${MAX_EXPANSIONS} phrasings through its synonyms; only the first ${MAX_EXPANSIONS} are used — use fewer $references in one phrasing, or smaller groups`,
    ]);
    const card = { id: 'c1', kind: 'text' as const, prompt: 'What?', answer: 'word1 word2', rubric: { criteria: [{ id: 'pull', any: ['$g $g $g $g $g'] }] } };
    const started = performance.now();
    gradeCard(card, 'word0 word0 word0 word0 word7 and more', { id: 'demo', title: 'Demo', synonyms, cards: [card] });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a replacement text with "$&" or "$\'" is inserted as written', () => {
    expect(expandSynonyms('use $g now', { g: ["$&x", "$'"] })).toEqual(['use $&x now', "use $' now"]);
  });
});
