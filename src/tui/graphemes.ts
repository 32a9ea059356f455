/**
 * A stand-in for `new Intl.Segmenter(undefined, { granularity: 'grapheme' })`
 * that the bundles give ink's text measuring and slicing (string-width,
 * slice-ansi, @alcalzone/ansi-tokenize; see scripts/bundle.mjs). The first
 * Intl.Segmenter of a process starts ICU, ~10 ms, and ink segments every line
 * it draws, so the first frame paid for it even when every character on it
 * was plain. Text made only of the characters below is split one UTF-16 unit
 * per cluster, which is what ICU gives for it; anything else goes to ICU.
 */

/**
 * Characters that form a grapheme cluster of their own whatever stands beside
 * them (Unicode UAX #29): none is Extend, ZWJ, SpacingMark, Prepend, Hangul,
 * Regional_Indicator, a surrogate, or CR (so no CR LF pair). ASCII and its
 * controls, Latin-1 to Latin Extended-B and IPA (no combining diacritics),
 * Greek and Cyrillic letters (no combining marks), general punctuation (no
 * format controls), super/subscripts, currency, letterlike symbols, arrows,
 * mathematical operators, technical symbols, box drawing, blocks, shapes,
 * miscellaneous symbols and dingbats.
 */
const SIMPLE = /^[\x00-\x0C\x0E-\x7E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u2070-\u209F\u20A0-\u20C0\u2100-\u23FF\u2500-\u27BF]*$/;

/** One cluster, as Intl.Segmenter reports it. */
export interface GraphemeSegment {
  segment: string;
  index: number;
  input: string;
}

/** What `segment()` returns: iterable, and `containing(i)` like Intl's Segments. */
export interface GraphemeSegments extends Iterable<GraphemeSegment> {
  containing(index?: number): GraphemeSegment | undefined;
}

class OneUnitEach implements GraphemeSegments {
  constructor(private readonly input: string) {}

  *[Symbol.iterator](): Iterator<GraphemeSegment> {
    for (let index = 0; index < this.input.length; index++) yield { segment: this.input[index]!, index, input: this.input };
  }

  containing(index = 0): GraphemeSegment | undefined {
    const i = Math.trunc(Number(index));
    return i >= 0 && i < this.input.length ? { segment: this.input[i]!, index: i, input: this.input } : undefined;
  }
}

/** A grapheme segmenter that starts ICU only for text that needs it. */
export function graphemeSegmenter(): { segment(input: string): GraphemeSegments } {
  let intl: Intl.Segmenter | undefined;
  return {
    segment(input) {
      const text = String(input);
      return SIMPLE.test(text) ? new OneUnitEach(text) : (intl ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);
    },
  };
}
