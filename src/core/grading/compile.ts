/**
 * Compiles a card's rubric once: phrases stemmed, synonyms expanded, the typo
 * vocabulary indexed by fuse.js. Cached per card object (WeakMap), so every
 * later answer to the same card reuses the work.
 */
import type { Card, Contradiction, Criterion, Deck } from '../deck/schema.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { compileMatcher, matcherPhrases, type Matcher } from './matcher.js';
import { analyse, phraseWords, type AnalysedClause, type CardNames } from './phrase.js';
import { tokenize } from './tokenize.js';
import { numberRoles, valuesIn, type NumberRoles } from './number-roles.js';
import { statedNumbers, type StatedNumber } from './number-facts.js';
import { cardEntities, mentions, type Mention } from './entities.js';
import { FUNCTION_WORDS, NEGATORS } from './words.js';

/** A criterion ready to evaluate. */
export interface CompiledCriterion {
  source: Criterion;
  matcher: Matcher;
  /** Normalised weight (all criteria sum to 1). */
  weight: number;
}

/** A contradiction ready to evaluate. */
export interface CompiledContradiction {
  source: Contradiction;
  matcher: Matcher;
}

/** Everything the grader needs for one card. */
export interface CompiledCard {
  deck: Deck | undefined;
  criteria: CompiledCriterion[];
  contradictions: CompiledContradiction[];
  vocabulary: FuzzyVocabulary;
  /** Stems of the prompt, model answer and rubric: what "on topic" means. */
  topic: Set<string>;
  /** Stems of the prompt alone. */
  prompt: Set<string>;
  /** Which roles belong to which of the rubric's numbers (from the model answer). */
  numberRoles: NumberRoles;
  /** The numbers the prompt gives. */
  promptNumbers: number[];
  /** The card's named entities, the one the question is about, and its modifier → noun pairs. */
  names: CardNames;
  /** The other names the question brings up that the model answer also talks about. */
  contrasts: Set<string>;
  /** Every name the prompt or the model answer uses: who a swapped claim can be said of. */
  rivals: Set<string>;
  /** The model answer, analysed: what it says of each name is no swap. */
  model: AnalysedClause[];
  /** The model answer's numbers with what each is said of: another value for one of them is a wrong number. */
  facts: StatedNumber[];
}

const cache = new WeakMap<Card, CompiledCard>();

const stemsOf = (text: string): string[] => tokenize(text).flatMap((c) => c.tokens.map((t) => t.stem));

/** All phrasings a rubric mentions, as written (for the typo vocabulary). */
function rubricTexts(card: Card, synonyms: Record<string, string[]>): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) if (key !== 'id' && key !== 'hint' && key !== 'message' && key !== 'polarity' && key !== 'cidr') walk(v);
    }
  };
  walk(card.rubric);
  for (const group of Object.values(synonyms)) texts.push(...group);
  return texts;
}

/** For each content word, the content word that most often follows it in the card's phrasings ("execution" → "role"). */
function heads(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const clause of texts.flatMap((t) => tokenize(t))) {
    clause.tokens.forEach((t, i) => {
      const next = clause.tokens[i + 1];
      if (!next || next.at !== t.at + 1 || /^\d/.test(next.stem)) return;
      const row = counts.get(t.stem) ?? new Map<string, number>();
      row.set(next.stem, (row.get(next.stem) ?? 0) + 1);
      counts.set(t.stem, row);
    });
  }
  const out = new Map<string, string>();
  for (const [word, row] of counts) out.set(word, [...row].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

/** Every number a rubric's criteria ask for, as a number or inside a phrasing. */
function rubricNumbers(matchers: readonly Matcher[]): Set<number> {
  const out = new Set<number>();
  const walk = (m: Matcher): void => {
    if (m.kind === 'number') out.add(m.spec.value);
    else if (m.kind === 'either') m.alternatives.forEach(walk);
    else for (const p of matcherPhrases(m)) valuesIn(p.source.toLowerCase().split(/[^a-z0-9.]+/)).forEach((v) => out.add(v));
  };
  matchers.forEach(walk);
  return out;
}

// Words that set one name against another in a question ("X vs Y", "worse than Y", "X is just Y", "instead of Y").
const CONTRAST_CUES = new Set(['vs', 'versus', 'than', 'instead', 'is', 'are', 'like', 'unlike', 'from']);

/**
 * The prompt sets name `m` against its topic `t` in one clause: a contrast
 * word between them, a few words apart, or "between t and m".
 */
function setAgainst(words: readonly string[], t: Mention, m: Mention): boolean {
  if (m.name === t.name) return false;
  const between = words.slice(Math.min(t.end, m.end), Math.max(t.at, m.at));
  if (between.length > 6) return false;
  return between.some((w) => CONTRAST_CUES.has(w)) || (between.includes('and') && words.slice(0, Math.min(t.at, m.at)).includes('between'));
}

/** The compiled form of `card` (built on first use, then cached). */
export function compileCard(card: Card, deck?: Deck): CompiledCard {
  const hit = cache.get(card);
  if (hit && hit.deck === deck) return hit;
  const synonyms = deck?.synonyms ?? {};
  const criteria = card.rubric?.criteria ?? [];
  const total = criteria.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  const entities = cardEntities([card.prompt, card.answer], rubricTexts(card, {}));
  const promptMentions = tokenize(card.prompt).map((c) => ({ words: c.words, named: mentions(c, entities) }));
  const inPrompt = promptMentions.flatMap((c) => c.named);
  const topic = inPrompt.find((m) => !m.governed)?.name;
  // "the Git commit SHA": a name inside the topic's own noun phrase is part of it, not a name it is contrasted with.
  const ofTopic = new Set(
    promptMentions.flatMap(({ words, named }) =>
      named.filter((m) => named.some((t) => t.name === topic && t.end <= m.at && m.at - t.end <= 2 && words.slice(t.end, m.at).every((w) => !FUNCTION_WORDS.has(w) && !NEGATORS.has(w)))).map((m) => m.name),
    ),
  );
  // Names the question contrasts with its topic, that the model answer talks about too ("Lambda", not "Python").
  const inAnswer = new Set(tokenize(card.answer).flatMap((c) => mentions(c, entities)).flatMap((m) => [m.name, m.name.split(' ').pop()!]));
  const own = new Set(topic?.split(' ') ?? []);
  const contrasted = new Set(promptMentions.flatMap(({ words, named }) => named.filter((m) => named.some((t) => t.name === topic && setAgainst(words, t, m))).map((m) => m.name)));
  const contrasts = new Set(
    inPrompt
      .filter((m) => !ofTopic.has(m.name) && contrasted.has(m.name))
      .flatMap((m) => [m.name, m.name.split(' ').pop()!])
      .filter((n) => n !== topic && !own.has(n) && inAnswer.has(n) && entities.includes(n)),
  );
  const compiled: CompiledCard = {
    deck,
    criteria: criteria.map((c) => ({
      source: c,
      matcher: compileMatcher(c, synonyms, entities),
      weight: total > 0 ? (c.weight ?? 1) / total : 1 / criteria.length,
    })),
    contradictions: (card.rubric?.contradictions ?? []).map((c) => ({ source: c, matcher: compileMatcher(c, synonyms, entities) })),
    vocabulary: new FuzzyVocabulary([...phraseWords(rubricTexts(card, synonyms)), ...tokenize(card.answer).flatMap((c) => c.tokens.map((t) => t.word))]),
    topic: new Set(),
    prompt: new Set(stemsOf(card.prompt)),
    numberRoles: new Map(),
    names: { entities, ...(topic === undefined ? {} : { topic }), heads: heads([card.prompt, ...rubricTexts(card, synonyms)]) },
    contrasts,
    rivals: new Set([...inPrompt.map((m) => m.name), ...tokenize(card.answer).flatMap((c) => mentions(c, entities)).map((m) => m.name)]),
    model: [],
    facts: [],
    promptNumbers: valuesIn(tokenize(card.prompt).flatMap((c) => c.words)),
  };
  for (const s of [...stemsOf(card.prompt), ...stemsOf(card.answer)]) compiled.topic.add(s);
  for (const c of [...compiled.criteria, ...compiled.contradictions]) for (const p of matcherPhrases(c.matcher)) p.stems.forEach((s) => compiled.topic.add(s));
  compiled.numberRoles = numberRoles(tokenize(card.answer), rubricNumbers(compiled.criteria.map((c) => c.matcher)));
  compiled.model = analyse(card.answer ?? '', compiled.vocabulary, undefined, compiled.names);
  compiled.facts = statedNumbers(compiled.model);
  cache.set(card, compiled);
  return compiled;
}
