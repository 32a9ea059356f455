/**
 * Part-of-speech tags for the negation probe, from wink-nlp's English model.
 * Loaded lazily (the model takes a few hundred milliseconds to load), only by
 * `lint --probe`; pure otherwise.
 */

/** One word of a text with its universal part of speech and lemma. */
export interface TaggedToken {
  text: string;
  /** Universal POS tag: VERB, AUX, NOUN, PROPN, DET, ... */
  pos: string;
  lemma: string;
}

/** Tags a clause into tokens, in order. */
export type Tagger = (text: string) => TaggedToken[];

let loaded: Promise<Tagger> | undefined;

/** The wink-nlp tagger, loaded once. */
export function loadTagger(): Promise<Tagger> {
  loaded ??= (async () => {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (text: string): TaggedToken[] => {
      const tokens = nlp.readDoc(text).tokens();
      const words = tokens.out() as string[];
      const pos = tokens.out(its.pos) as string[];
      const lemma = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
      return words.map((w, i) => ({ text: w, pos: pos[i] ?? 'X', lemma: lemma[i] ?? w.toLowerCase() }));
    };
  })();
  return loaded;
}
