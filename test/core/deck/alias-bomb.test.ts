import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/core/deck/index.js';
import { formatProblem } from '../../../src/core/errors.js';

/** The classic billion laughs: nine levels of nine aliases each. */
const laughs = (): string => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
};

/** A deck-shaped bomb: a synonym group whose phrasings nest aliases, about 10 KB. */
const deckBomb = (): string => {
  const lines = ['id: bomb', 'title: Bomb', 'x0: &x0 [' + Array(40).fill('"a phrase"').join(', ') + ']'];
  for (let i = 1; i < 6; i++) lines.push(`x${i}: &x${i} [${Array(40).fill(`*x${i - 1}`).join(', ')}]`);
  lines.push('cards:', '  - id: c', '    kind: text', '    prompt: P', '    answer: A', '    tags: *x5');
  return `${lines.join('\n')}\n`;
};

describe('YAML alias bombs', () => {
  it('the billion laughs is one problem at file:line:col, found quickly', () => {
    const started = performance.now();
    const problems = parseDeck(laughs(), 'laughs.yaml').problems.map(formatProblem);
    expect(problems).toEqual(['laughs.yaml:6:17: YAML aliases (*name) expand this file to more than 200,000 values; use fewer or less nested aliases']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a deck whose aliases expand to millions of nodes is refused where the bound is crossed, quickly', () => {
    const source = deckBomb();
    expect(source.length).toBeLessThan(12_000);
    const started = performance.now();
    const { value, problems } = parseDeck(source, 'bomb.yaml');
    expect(value).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(['bomb.yaml:6:25: YAML aliases (*name) expand this file to more than 200,000 values; use fewer or less nested aliases']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a deck using aliases within bounds still loads (more than yaml\'s default of 100 alias uses)', () => {
    const cards = Array.from({ length: 150 }, (_, i) => `  - id: c${i}\n    kind: text\n    prompt: P${i}\n    answer: A${i}\n    tags: *tags`).join('\n');
    const { value, problems } = parseDeck(`id: d\ntitle: D\nx: &tags [ecs, fargate]\ncards:\n${cards}\n`, 'ok.yaml');
    expect(problems.map(formatProblem).filter((p) => !p.includes('unknown key "x"'))).toEqual([]);
    void value;
  });
});
