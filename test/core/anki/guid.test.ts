import { describe, expect, it } from 'vitest';
import { base91, cardIdFor, exportGuid, fnv64, importKeysOf } from '../../../src/core/anki/guid.js';

describe('GUIDs and card ids', () => {
  it('FNV-1a 64 reference values', () => {
    expect(fnv64('').toString(16)).toBe('cbf29ce484222325');
    expect(fnv64('a').toString(16)).toBe('af63dc4c8601ec8c');
  });
  it('base91 uses Anki\'s alphabet', () => {
    expect(base91(0n)).toBe('a');
    expect(base91(90n)).toBe('~');
    expect(base91(91n)).toBe('ba');
  });
  it('a short GUID is readable back out of the card id; a note\'s later cards add their ord', () => {
    expect(cardIdFor('Ab#1', 0)).toBe('g-41622331');
    expect(cardIdFor('Ab#1', 2)).toBe('g-41622331-2');
    expect(exportGuid('any', 'g-41622331')).toBe('Ab#1');
    expect(importKeysOf('d', 'g-41622331-2')).toEqual([`${exportGuid('d', 'g-41622331-2')}#0`, 'Ab#1#2']);
  });
  it('a long GUID (a TSV front) is hashed into a slug', () => {
    expect(cardIdFor('tsv:What does a very long front look like?', 0)).toMatch(/^h-[0-9a-f]{16}$/);
  });
  it('other cards get a GUID from deck and card id: stable, and different per deck', () => {
    const a = exportGuid('deck', 'fact.one');
    expect(exportGuid('deck', 'fact.one')).toBe(a);
    expect(exportGuid('other', 'fact.one')).not.toBe(a);
    expect(importKeysOf('deck', 'fact.one')).toEqual([`${a}#0`]);
  });
});
