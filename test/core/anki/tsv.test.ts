import { describe, expect, it } from 'vitest';
import { parseTsv, splitRows } from '../../../src/core/anki/tsv.js';

describe('parseTsv (Anki "Notes in Plain Text")', () => {
  it('reads the headers Anki writes: separator, html, guid, notetype, deck and tags columns', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'Ab#1\tBasic\tCloud::Run\tFront <b>1</b>\tBack 1\taws serverless',
      'Zz9\tBasic\tCloud\t"multi\nline ""quoted"""\tBack\t',
    ].join('\n');
    const c = parseTsv(text, 'n.txt');
    expect(c.notes).toEqual([
      { guid: 'Ab#1', fields: ['Front <b>1</b>', 'Back 1'], tags: ['aws', 'serverless'], html: true },
      { guid: 'Zz9', fields: ['multi\nline "quoted"', 'Back'], tags: [], html: true },
    ]);
    expect(c.cards.map((k) => k.deckName)).toEqual(['Cloud::Run', 'Cloud']);
    expect(c.revlog).toEqual([]);
  });

  it.each([
    ['comma', ','],
    ['Semicolon', ';'],
    ['Pipe', '|'],
    ['|', '|'],
  ])('#separator:%s', (name, sep) => {
    const c = parseTsv(`#separator:${name}\nf${sep}b\n`, 'n.txt');
    expect(c.notes[0]!.fields).toEqual(['f', 'b']);
  });

  it('#columns sets the width, #deck and #tags apply to every row, no GUID: the front stands in', () => {
    const c = parseTsv('#separator:tab\n#columns:Front\tBack\tTags\n#deck:Mine\n#tags:imported\nf\tb\tx y\n', 'n.txt');
    expect(c.notes).toEqual([{ guid: 'tsv:f', fields: ['f', 'b', 'x y'], tags: ['imported'], html: false }]);
    expect(c.cards[0]!.deckName).toBe('Mine');
  });

  it('no headers: tab separated, plain text, the first row sets the width', () => {
    const c = parseTsv('front\tback\r\nf2\tb2\r\n', 'n.txt');
    expect(c.notes.map((n) => n.fields)).toEqual([['front', 'back'], ['f2', 'b2']]);
  });

  it.each([
    ['#separator:tab\nf\tb\nonly\n', 'n.txt:3: 1 column, expected 2 like the first row; check the separators on this line'],
    ['#separator:tab\n#columns:A\tB\tC\nf\tb\n', 'n.txt:3: 2 columns, expected 3 like the #columns header; check the separators on this line'],
    ['#separator:tab\n"never closed\tb\n', 'n.txt:2: a quoted field is never closed; check the quotes on this row'],
    ['#separator:tab\n#deck column:x\nf\tb\n', 'n.txt:2: "#deck column" must be a column number from 1, not "x"'],
    ['#separator:tab\n#deck column:5\nf\tb\n', 'n.txt: a "#… column:5" header names column 5, but the rows have 2 columns'],
    ['#separator:tab\n#deck column:2\nf\tb\n', 'n.txt:3: a note needs a front and a back column; found 1'],
    ['#separator:tab\n#html:true\n', 'n.txt: no notes after the header lines; export the notes again from Anki'],
    ['#separator:ab\nf\tb\n', 'n.txt: "#separator:ab" is not one character or a name (Tab, Comma, Semicolon, Space, Pipe, Colon)'],
  ])('refuses %j', (text, message) => {
    expect(() => parseTsv(text, 'n.txt')).toThrow(message);
  });

  it('splitRows counts lines inside quoted fields', () => {
    expect(splitRows('"a\nb"\tc\nd\te\n', '\t', 1, 'f').map((r) => r.line)).toEqual([1, 3]);
  });
});
