import { describe, expect, it } from 'vitest';
import { hintRows, wrapParts, wrapRows } from '../../src/tui/wrap-rows.js';

describe('wrapRows', () => {
  it('starts continuation rows at the margin', () => {
    expect(wrapRows('one two three four', 8)).toEqual(['one two', 'three', 'four']);
  });
  it('keeps a line’s own indent and blank lines', () => {
    expect(wrapRows('a\n  b c\n\nd', 10)).toEqual(['a', '  b c', '', 'd']);
  });
  it('breaks inside a word only when it is wider than a row', () => {
    expect(wrapRows('abcdefghij k', 4)).toEqual(['abcd', 'efgh', 'ij k']);
  });
});

describe('wrapParts', () => {
  it('never splits a part that fits a row', () => {
    expect(wrapParts(['1 Again 1m', '2 Hard 6m', '3 Good 10m', '4 Easy 8d'], '  ', 40)).toEqual([['1 Again 1m', '2 Hard 6m', '3 Good 10m'], ['4 Easy 8d']]);
  });
  it('fills a row exactly to the width', () => {
    expect(wrapParts(['aaaa', 'bbbb'], '  ', 10)).toEqual([['aaaa', 'bbbb']]);
    expect(wrapParts(['aaaa', 'bbbb'], '  ', 9)).toEqual([['aaaa'], ['bbbb']]);
  });
  it('is empty for no parts', () => {
    expect(wrapParts([], ' · ', 10)).toEqual([]);
  });
});

describe('hintRows', () => {
  it('wraps between hints, so no row starts with a separator or a space', () => {
    expect(hintRows(['Enter: Easy (suggested)', '1–4 override', 'u undo', '? help'], 40)).toEqual(['Enter: Easy (suggested) · 1–4 override', 'u undo · ? help']);
  });
  it('wraps a hint wider than a row on its own', () => {
    expect(hintRows(['Before typing: ? help or u undo', 'Esc'], 16)).toEqual(['Before typing:', '? help or u undo', 'Esc']);
  });
});
