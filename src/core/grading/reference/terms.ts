/** Words → content terms (stopwords dropped, irregular forms to their base, Porter stems) for reference scoring. */
import { stemmer } from 'stemmer';
import { baseForm } from './base-form.js';
import { words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';
import { canonical } from './synonyms.js';
import { boundedMemo } from '../memo.js';

/** One content word of a text: its stem (the matching key) and the word as written. */
export interface Term {
  stem: string;
  surface: string;
}

const STEM_CACHE_LIMIT = 50_000;
const stemMemo = boundedMemo<string, string>(STEM_CACHE_LIMIT);

const porter = (w: string): string => (/^[a-z]+$/.test(w) ? stemmer(w) : w);

/**
 * Stem of a word taken as a base form: its Porter stem mapped to its synonym
 * group. scripts/wordnet-groups.mjs keys the WordNet table by these, since
 * WordNet's lemmas are base forms already ("left" the direction is not "leave").
 */
export function baseStem(word: string): string {
  return canonical(porter(word), porter);
}

/** Stem of a lowercase word: `baseStem` of its base form ("went" → "go"), memoised (bounded). */
export function stem(word: string): string {
  return stemMemo(word, () => baseStem(baseForm(word)));
}

/** True when a word carries content: not a stopword and not a lone letter. */
export function isContentWord(word: string): boolean {
  if (STOPWORDS.has(word)) return false;
  return word.length > 1 || (word >= '0' && word <= '9');
}

/** The content terms of `text`, in order. Pure. */
export function contentTerms(text: string): Term[] {
  return termsOfWords(words(text));
}

/** The content terms among already normalized `ws` (from `words`), in order. */
export function termsOfWords(ws: readonly string[]): Term[] {
  const out: Term[] = [];
  for (const w of ws) {
    if (isContentWord(w)) out.push({ stem: stem(w), surface: w });
  }
  return out;
}
