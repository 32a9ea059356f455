import { describe, expect, it } from 'vitest';
import { numberWordsToDigits } from '../../../src/core/grading/number-words.js';
import { expandContractions } from '../../../src/core/grading/contractions.js';

describe('numberWordsToDigits', () => {
  it.each([
    ['fifteen minutes', '15 minutes'],
    ['zero', '0'],
    ['Twenty-Five', '25'],
    ['twenty one', '21'],
    ['ninety-nine', '99'],
    ['two hundred and fifty-one', '251'],
    ['one thousand two hundred', '1200'],
    ['three thousand and five', '3005'],
    ['hundred', '100'],
    ['thousand', '1000'],
    ['a hundred', 'a 100'],
    // two numbers side by side stay two numbers
    ['five ten', '5 10'],
    ['twelve fifteen', '12 15'],
    ['thirty forty', '30 40'],
    ['nineteen ninety', '19 90'],
    ['seven hundred hundred', '700 100'],
    ['two thousand thousand', '2000 1000'],
    ['four - two', '4 2'],
    // "and" joins within a number only after hundred or thousand
    ['eleven and twelve', '11 and 12'],
    ['five and twenty', '5 and 20'],
    ['one hundred and', '100 and'],
    // only whole words
    ['someone tenfold often', 'someone tenfold often'],
  ])('%s → %s', (text, digits) => {
    expect(numberWordsToDigits(text)).toBe(digits);
  });
});

describe('expandContractions', () => {
  it.each([
    ["can't", 'cannot'],
    ["won't", 'will not'],
    ["shan't", 'shall not'],
    ["ain't", 'is not'],
    ["it's", 'it is'],
    ["that's", 'that is'],
    ["there's", 'there is'],
    ["what's", 'what is'],
    ["let's", 'let us'],
    ["i'm", 'i am'],
    ["isn't", 'is not'],
    ["they're", 'they are'],
    ["we've", 'we have'],
    ["you'll", 'you will'],
    ["he'd", 'he would'],
    ["fargate's image", 'fargate image'],
    ["o'clock", "o'clock"],
    ["it doesn't and it won't", 'it does not and it will not'],
    ['no apostrophe', 'no apostrophe'],
  ])('%s → %s', (text, expanded) => {
    expect(expandContractions(text)).toBe(expanded);
  });
});
