import { describe, expect, it } from 'vitest';
import { parseDeck, parseDrill } from '../../../src/core/deck/index.js';
import { formatProblem } from '../../../src/core/errors.js';

/** Parses a deck and returns its problems as `file:line:col: message` lines. */
const lint = (source: string): string[] => parseDeck(source, 'deck.yaml').problems.map(formatProblem);
const lintDrill = (source: string): string[] => parseDrill(source, 'drill.yaml').problems.map(formatProblem);

const card = (extra = ''): string => `  - id: c1
    kind: text
    prompt: What is Fargate?
    answer: A launch type.
${extra}`;

const deck = (cards: string, head = ''): string => `id: demo
title: Demo deck
${head}cards:
${cards}`;

describe('parseDeck', () => {
  it('accepts a minimal valid deck', () => {
    const result = parseDeck(deck(card()), 'deck.yaml');
    expect(result.problems).toEqual([]);
    expect(result.value?.cards[0]).toMatchObject({ id: 'c1', kind: 'text', prompt: 'What is Fargate?' });
  });

  it('YAML syntax error: reports the YAML position (an unclosed [ where it opened)', () => {
    expect(lint('id: demo\ntitle: [unclosed\ncards: []\n')).toEqual([
      'deck.yaml:2:8: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('an unclosed quote is reported where it opened, not at the end of the file', () => {
    const source = 'id: d\ntitle: T\ncards:\n  - id: c\n    kind: text\n    prompt: "What is this\n    answer: A.\n  - id: c2\n    kind: text\n    prompt: P\n    answer: B\n';
    expect(lint(source)).toEqual(['deck.yaml:6:13: YAML: Missing closing "quote']);
  });

  it('an unclosed [ is reported where it opened', () => {
    const source = 'id: d\ntitle: T\ncards:\n  - id: c\n    kind: text\n    tags: [a, b\n    prompt: P\n    answer: A.\n';
    expect(lint(source)[0]).toBe('deck.yaml:6:11: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
  });

  it('top level is not a mapping', () => {
    expect(lint('- just\n- a list\n')).toEqual(['deck.yaml:1:1: expected a YAML mapping (id, title, ...) at the top of the file']);
  });

  it('empty file', () => {
    expect(lint('')).toEqual(['deck.yaml:1:1: expected a YAML mapping (id, title, ...) at the top of the file']);
  });

  it('unknown key on a card: points at the key', () => {
    expect(lint(deck(card('    colour: red\n')))).toEqual(['deck.yaml:8:5: cards[0]: unknown key "colour"']);
  });

  it('unknown key at the top level', () => {
    expect(lint(`autor: me\n${deck(card())}`)).toEqual(['deck.yaml:1:1: unknown key "autor"']);
  });

  it('a field of the wrong type is named as such, not as missing', () => {
    expect(lint(deck(card().replace('prompt: What is Fargate?', 'prompt: [What, is, Fargate]')))).toEqual([
      'deck.yaml:6:13: cards[0].prompt: Invalid input: expected string, received array',
    ]);
    expect(lint(deck(card()).replace('title: Demo deck', 'title: 42'))).toEqual(['deck.yaml:2:8: title: Invalid input: expected string, received number']);
  });

  it('missing required field: points at the card', () => {
    expect(lint(deck('  - id: c1\n    kind: text\n    answer: x\n'))).toEqual(['deck.yaml:4:5: cards[0]: missing required field "prompt"']);
  });

  it('missing title', () => {
    expect(lint(`id: demo\ncards:\n${card()}`)).toEqual(['deck.yaml:1:1: missing required field "title"']);
  });

  it('empty prompt', () => {
    expect(lint(deck('  - id: c1\n    kind: text\n    prompt: "  "\n    answer: x\n'))).toEqual(['deck.yaml:6:13: cards[0].prompt: must not be empty']);
  });

  it('duplicate card ids: points at the second one', () => {
    expect(lint(deck(card() + card()))).toEqual(['deck.yaml:8:9: duplicate card id "c1" (first used by cards[0])']);
  });

  it('bad card id', () => {
    expect(lint(deck(card().replace('id: c1', 'id: Bad Id')))).toEqual([
      'deck.yaml:4:9: cards[0].id: must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    ]);
  });

  it('unknown kind', () => {
    expect(lint(deck(card().replace('kind: text', 'kind: essay')))).toEqual([
      'deck.yaml:5:11: cards[0].kind: Invalid option: expected one of "text"|"choice"|"numeric"|"cidr"|"cloze"|"generated"',
    ]);
  });

  it('criterion referring to an unknown synonym', () => {
    const rubric = '    rubric:\n      criteria:\n        - id: k\n          any: [$orch, $nope]\n';
    expect(lint(deck(card(rubric), 'synonyms:\n  orch: [orchestrator]\n'))).toEqual([
      'deck.yaml:13:24: unknown synonym "$nope"; define it under "synonyms" at the top of the file',
    ]);
  });

  it('weights that sum to zero', () => {
    const rubric = '    rubric:\n      criteria:\n        - id: k\n          any: [launch type]\n          weight: 0\n';
    expect(lint(deck(card(rubric)))).toEqual(['deck.yaml:10:9: criterion weights sum to zero; give at least one criterion a weight above 0']);
  });

  it('criterion with no matcher', () => {
    const rubric = '    rubric:\n      criteria:\n        - id: k\n          hint: say something\n';
    expect(lint(deck(card(rubric)))).toEqual([
      'deck.yaml:10:11: cards[0].rubric.criteria[0]: needs one of: any, all, together, number, cidr, either',
    ]);
  });

  it('criterion with two matchers', () => {
    const rubric = '    rubric:\n      criteria:\n        - id: k\n          any: [a]\n          cidr: /24\n';
    expect(lint(deck(card(rubric)))).toEqual([
      'deck.yaml:10:11: cards[0].rubric.criteria[0]: has any and cidr; use exactly one of: any, all, together, number, cidr, either',
    ]);
  });

  it('together needs exactly two lists', () => {
    const rubric = '    rubric:\n      criteria:\n        - id: k\n          together: [[a]]\n';
    expect(lint(deck(card(rubric)))[0]).toMatch(/^deck\.yaml:11:21: cards\[0\]\.rubric\.criteria\[0\]\.together: /);
  });

  it('duplicate criterion ids', () => {
    const rubric = '    rubric:\n      criteria:\n        - id: k\n          any: [a]\n        - id: k\n          any: [b]\n';
    expect(lint(deck(card(rubric)))).toEqual(['deck.yaml:12:15: duplicate criterion id "k"']);
  });

  it('thresholds out of order', () => {
    expect(lint(deck(card('    thresholds: { correct: 0.5, partial: 0.6 }\n')))).toEqual([
      'deck.yaml:8:17: cards[0].thresholds: partial must be below correct',
    ]);
  });

  it('choice whose correct answer is not among the choices', () => {
    const c = '  - id: c1\n    kind: choice\n    prompt: p\n    answer: x\n    choices: [x, y]\n    correct: z\n';
    expect(lint(deck(c))).toEqual(['deck.yaml:9:14: cards[0].correct: must be exactly one of the choices']);
  });

  it('a field that belongs to another kind', () => {
    expect(lint(deck(card('    cidr: /24\n')))).toEqual(['deck.yaml:8:11: cards[0].cidr: "cidr" belongs to kind cidr, not text']);
  });

  it('kind numeric without its number', () => {
    expect(lint(deck(card().replace('kind: text', 'kind: numeric')))).toEqual(['deck.yaml:4:5: cards[0].number: kind numeric needs "number"']);
  });

  it('cloze without a blank', () => {
    const c = '  - id: c1\n    kind: cloze\n    prompt: Fill in\n    answer: x\n    cloze: no blanks here\n';
    expect(lint(deck(c))).toEqual(['deck.yaml:8:12: cards[0].cloze: needs at least one blank written {{answer}}']);
  });

  it('a deck with no cards', () => {
    expect(lint('id: demo\ntitle: Demo\ncards: []\n')).toEqual(['deck.yaml:3:8: cards: a deck needs at least one card']);
  });

  it('reports every problem of a file in one run, in file order', () => {
    const source = deck(card('    colour: red\n') + card().replace('prompt: What is Fargate?', 'prompt: ""'));
    expect(lint(source)).toEqual([
      'deck.yaml:8:5: cards[0]: unknown key "colour"',
      'deck.yaml:9:9: duplicate card id "c1" (first used by cards[0])',
      'deck.yaml:11:13: cards[1].prompt: must not be empty',
    ]);
  });
});

describe('parseDrill', () => {
  const section = '  - id: fargate.image\n    prompt: Image?\n    answer: ECR.\n    rubric:\n      criteria:\n        - id: registry\n          any: [ECR]\n';

  it('accepts a drill with sections', () => {
    const result = parseDrill(`id: d\ntitle: D\nminutes: 15\ninstructions: Go.\nsections:\n${section}`, 'drill.yaml');
    expect(result.problems).toEqual([]);
    expect(result.value?.sections?.[0]?.id).toBe('fargate.image');
  });

  it('needs sections or a generator, not neither', () => {
    expect(lintDrill('id: d\ntitle: D\nminutes: 15\ninstructions: Go.\n')).toEqual(['drill.yaml:1:1: needs exactly one of "sections" or "generator"']);
  });

  it('duplicate section ids', () => {
    expect(lintDrill(`id: d\ntitle: D\nminutes: 15\ninstructions: Go.\nsections:\n${section}${section}`)).toEqual([
      'drill.yaml:13:9: duplicate section id "fargate.image"',
    ]);
  });

  it('unknown structural check', () => {
    expect(lintDrill(`id: d\ntitle: D\nminutes: 15\ninstructions: Go.\nchecks: [spelling]\nsections:\n${section}`)[0]).toMatch(
      /^drill\.yaml:5:10: checks\[0\]: Invalid option/,
    );
  });
});

describe('fast path (js-yaml) and located path (yaml) agree', () => {
  it.each(['decks/managed-containers.yaml', 'drills/deployment-sketch.yaml', 'drills/subnet-bits.yaml'])('%s parses to the same value both ways', async (file) => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { deckSchema, drillSchema } = await import('../../../src/core/deck/schema.js');
    const source = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
    const isDrill = file.startsWith('drills/');
    const fast = isDrill ? parseDrill(source, file) : parseDeck(source, file);
    const located = (isDrill ? drillSchema : deckSchema).parse(parse(source));
    expect(fast.problems).toEqual([]);
    expect(fast.value).toEqual(located);
  });
});
