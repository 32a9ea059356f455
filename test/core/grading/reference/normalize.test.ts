import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, MAX_WORD_LENGTH, words } from '../../../../src/core/grading/reference/normalize.js';
import { contentTerms, stem } from '../../../../src/core/grading/reference/terms.js';

describe('words: labelled edge cases', () => {
  const cases: [string, string, string[]][] = [
    ['empty', '', []],
    ['whitespace only', ' \t\n ', []],
    ['punctuation only', '?!...;:', []],
    ['case folded', 'Hello WORLD', ['hello', 'world']],
    ['punctuation splits', 'stack,queue;heap.tree', ['stack', 'queue', 'heap', 'tree']],
    ["contraction n't", "isn't", ['is', 'not']],
    ["contraction can't", "can't", ['can', 'not']],
    ["contraction won't", "won't", ['will', 'not']],
    ["curly apostrophe", 'doesn\u2019t', ['does', 'not']],
    ["'re / 'll / 've", "they're we'll I've", ['they', 'are', 'we', 'will', 'i', 'have']],
    ['possessive dropped', "the list's head", ['the', 'list', 'head']],
    ['quotes stripped', "'quoted'", ['quoted']],
    ['NFKC full-width', 'ＡＢＣ', ['abc']],
    ['NFKC ligature', 'ﬁle', ['file']],
    ['C++ and C# kept', 'C++ and C#', ['c++', 'and', 'c#']],
    ['lone plus dropped', 'a + b', ['a', 'b']],
    ['digits kept', 'phase 5 of 10', ['phase', '5', 'of', '10']],
    ['ANSI colour removed', '\u001b[31mred\u001b[0m text', ['red', 'text']],
    ['control chars split', 'a\u0000b\u0007c', ['a', 'b', 'c']],
    ['accented letters kept', 'Café naïve', ['café', 'naïve']],
    ['hyphen splits', 'object-oriented', ['object', 'oriented']],
    ['leading + and # dropped, C# kept', '++x #tag c#', ['x', 'tag', 'c#']],
    ['quotes around a word, doubled', "''quoted''", ['quoted']],
    ['inner apostrophes split', "rock'n'roll o'clock", ['rock', 'n', 'roll', 'o', 'clock']],
    ['a suffix alone is a letter', "'s", ['s']],
    ["plural possessive", "the dogs' bowls", ['the', 'dogs', 'bowls']],
    ['trailing apostrophes', "x'''", ['x']],
    ['an apostrophe alone', "' '", []],
    ['two contractions', "we'd've", ['we', 'd', 'have']],
  ];
  for (const [label, input, expected] of cases) {
    it(label, () => expect(words(input)).toEqual(expected));
  }

  it('cuts a very long run to MAX_WORD_LENGTH', () => {
    expect(words('a'.repeat(10_000))).toEqual(['a'.repeat(MAX_WORD_LENGTH)]);
  });

  it('ignores text beyond MAX_TEXT_CHARS', () => {
    const padded = 'x '.repeat(MAX_TEXT_CHARS / 2);
    expect(words(`${padded}zebra`)).not.toContain('zebra');
    expect(words(`zebra ${padded}`)).toContain('zebra');
  });

  it('is idempotent on its own output', () => {
    const once = words("The stack's top ISN'T empty — café, C++!");
    expect(words(once.join(' '))).toEqual(once);
  });
});

describe('contentTerms and stem', () => {
  it('drops stopwords and lone letters', () => {
    expect(contentTerms('it is a b of the').map((t) => t.stem)).toEqual([]);
  });
  it('keeps lone digits', () => {
    expect(contentTerms('a 5 b x 10 z 0 9').map((t) => t.surface)).toEqual(['5', '10', '0', '9']);
  });
  it('maps numbers, their words and their adverbs to one key', () => {
    expect(new Set(['two', '2', 'twice'].map(stem)).size).toBe(1);
    expect(new Set(['one', '1', 'once', 'single'].map(stem)).size).toBe(1);
    expect(new Set(['zero', '0', 'none'].map(stem)).size).toBe(1);
    expect(stem('two')).not.toBe(stem('one'));
    expect(new Set(['loop', 'iterate', 'repeat', 'iteration'].map(stem)).size).toBe(1);
  });
  it('stems inflections to one key', () => {
    expect(stem('simulating')).toBe(stem('simulates'));
    expect(stem('portions')).toBe(stem('portion'));
  });
  it('maps generic synonyms to one key', () => {
    expect(stem('smallest')).toBe(stem('minimum'));
    expect(stem('delete')).toBe(stem('remove'));
  });
  it('keeps the surface form for feedback', () => {
    expect(contentTerms('Portions!')).toEqual([{ stem: stem('portions'), surface: 'portions' }]);
  });
});
