// The plain-text stand-in for Intl.Segmenter must split every string exactly
// as ICU does: checked against ICU on the characters it handles itself, on
// neighbours it must hand to ICU, and on seeded random mixtures of both.
import { describe, expect, it } from 'vitest';
import { graphemeSegmenter } from '../../src/tui/graphemes.js';

const icu = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const split = (segments: Iterable<{ segment: string; index: number }>) => [...segments].map(({ segment, index }) => [segment, index]);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every range the stand-in handles alone, and characters next to them that join clusters.
const PLAIN = [[0x00, 0x0c], [0x0e, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x370, 0x482], [0x48a, 0x52f], [0x2010, 0x2027], [0x2030, 0x205e], [0x2070, 0x209f], [0x20a0, 0x20c0], [0x2100, 0x23ff], [0x2500, 0x27bf]] as const;
const JOINERS = ['\r', '\n', '\u00ad', '\u0301', '\u0483', '\u200d', '\ufe0f', '\u20e3', '\u0903', '\u0600', '\u1100', '\uac00', '🇫🇷', '👩‍💻', 'e\u0301', '\r\n', '\u2028', '\u2060', '\u0085'];

describe('grapheme segmenter without ICU for plain text', () => {
  const ours = graphemeSegmenter();

  it('splits every character of its own ranges as ICU does, one unit each', () => {
    for (const [from, to] of PLAIN) {
      let text = '';
      for (let c = from; c <= to; c++) text += String.fromCharCode(c);
      expect(split(ours.segment(text))).toEqual(split(icu.segment(text)));
      expect([...ours.segment(text)]).toHaveLength(to - from + 1);
    }
  });

  it('hands text with joining characters to ICU and gets its answer', () => {
    for (const joiner of JOINERS) {
      for (const text of [`a${joiner}b`, `${joiner}x`, `— ${joiner}`, `x${joiner}`]) expect(split(ours.segment(text))).toEqual(split(icu.segment(text)));
    }
  });

  it('matches ICU on 3,000 random mixtures, and containing() does too', () => {
    const next = random(42);
    const pick = (): string => {
      if (next() < 0.1) return JOINERS[Math.floor(next() * JOINERS.length)]!;
      const [from, to] = PLAIN[Math.floor(next() * PLAIN.length)]!;
      return String.fromCharCode(from + Math.floor(next() * (to - from + 1)));
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += pick();
      expect(split(ours.segment(text))).toEqual(split(icu.segment(text)));
      for (let i = -1; i <= text.length; i++) {
        const a = ours.segment(text).containing(i);
        const b = icu.segment(text).containing(i);
        expect(a && [a.segment, a.index, a.input]).toEqual(b && [b.segment, b.index, b.input]);
      }
    }
  });

  it('starts ICU only for text that needs it (the home screen title does not)', () => {
    const Real = Intl.Segmenter;
    let started = 0;
    const intl = Intl as { Segmenter: typeof Intl.Segmenter };
    intl.Segmenter = class extends Real {
      constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
        super(...args);
        started++;
      }
    };
    try {
      const fresh = graphemeSegmenter();
      const title = 'drillbit — drills that grade what you type';
      expect([...fresh.segment(title)].map((s) => s.segment).join('|')).toBe(title.split('').join('|'));
      expect(started).toBe(0);
      expect(split(fresh.segment('cafe\u0301'))).toEqual([['c', 0], ['a', 1], ['f', 2], ['e\u0301', 3]]);
      expect(split(fresh.segment('👩‍💻!'))).toEqual([['👩‍💻', 0], ['!', 5]]);
      expect(started).toBe(1);
    } finally {
      intl.Segmenter = Real;
    }
  });
});
