/**
 * The negation probe: the model answer with the polarity of every clause
 * flipped. A clause that denies ("is not an orchestrator", "never reach your
 * containers") loses its denial; a clause that affirms gets its main verb
 * negated ("ECS schedules tasks" → "ECS does not schedule tasks"). So the
 * mutant really says the opposite — negating an existing denial would leave a
 * right answer, which is no test of a rubric.
 */
import { splitClauses, joinPieces, type Piece } from './clauses.js';
import type { Tagger, TaggedToken } from './tagger.js';

const CONTRACTED: Record<string, string> = {
  "isn't": 'is', "aren't": 'are', "wasn't": 'was', "weren't": 'were', "doesn't": 'does', "don't": 'do', "didn't": 'did',
  "can't": 'can', cannot: 'can', "won't": 'will', "wouldn't": 'would', "shouldn't": 'should', "couldn't": 'could',
  "mustn't": 'must', "hasn't": 'has', "haven't": 'have',
};
const NEGATORS = /\b(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|can't|cannot|won't|wouldn't|shouldn't|couldn't|mustn't|hasn't|haven't|not|never|no longer|without|nothing|no)\b/gi;
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'am', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'does', 'do', 'did', 'has', 'have', 'had']);
const HAVE = new Set(['has', 'have', 'had']);
const ANSWER_NO = /^(?:no|nope|not quite|not really|not necessarily)$/i;

const sameCase = (model: string, word: string): string => (/^[A-Z]/.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word);

/** The clause with every negator taken out (a denial turned into an affirmation). */
function dropNegators(text: string): string {
  return text
    .replace(NEGATORS, (word) => {
      const lower = word.toLowerCase().replace('’', "'");
      if (lower in CONTRACTED) return sameCase(word, CONTRACTED[lower]!);
      if (lower === 'no longer') return sameCase(word, 'still');
      if (lower === 'without') return sameCase(word, 'with');
      if (lower === 'nothing') return sameCase(word, 'something');
      return '';
    })
    .replace(/\s{2,}/g, ' ')
    .replace(/^\s+|\s+$/g, '')
    .replace(/^([a-z])/, (c) => (/^[A-Z]/.test(text.trim()) ? c.toUpperCase() : c));
}

/** Character offsets of each tagged token in `text`. */
function offsets(text: string, tokens: readonly TaggedToken[]): number[] {
  let cursor = 0;
  return tokens.map((t) => {
    const at = text.indexOf(t.text, cursor);
    if (at < 0) return -1;
    cursor = at + t.text.length;
    return at;
  });
}

/** The finite verb a negation attaches to, and how to rewrite it. */
function verbRewrite(tokens: readonly TaggedToken[], i: number): string | undefined {
  const t = tokens[i]!;
  const lower = t.text.toLowerCase();
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (prev.text.toLowerCase() === 'to' || prev.pos === 'DET' || prev.text === '-' || prev.text === '(')) return undefined;
  if (next?.text === '-' || lower.endsWith('ing') || (i > 0 && /^[A-Z]/.test(t.text))) return undefined;
  if (t.pos === 'AUX' && AUXILIARIES.has(lower)) {
    if (HAVE.has(lower) && next?.pos !== 'VERB' && next?.pos !== 'AUX') return `${lower === 'had' ? 'did' : lower === 'has' ? 'does' : 'do'} not have`;
    // "does the scheduling": do as the main verb.
    if (['do', 'does', 'did'].includes(lower) && next !== undefined && !['VERB', 'AUX', 'ADV', 'PART'].includes(next.pos)) return `${t.text} not do`;
    return lower === 'can' ? 'cannot' : `${t.text} not`;
  }
  const subject = prev !== undefined && (['PROPN', 'NOUN', 'PRON'].includes(prev.pos) || (prev.pos === 'VERB' && /^[A-Z]/.test(prev.text)));
  const looksFinite = t.pos === 'NOUN' && i <= 4 && lower.endsWith('s') && subject && (next === undefined || ['NOUN', 'PROPN', 'DET', 'PRON', 'ADJ', 'NUM', 'ADP'].includes(next.pos));
  if (t.pos === 'VERB' || looksFinite) {
    const lemma = t.lemma.toLowerCase();
    // A bare form is a finite verb only as an imperative or after a pronoun ("you pay"); an -ed form only after its subject.
    const pluralSubject = (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && /s$/.test(prev.text);
    if (lemma === lower && i > 0 && prev?.pos !== 'PRON' && prev?.pos !== 'NUM' && !pluralSubject) return undefined;
    if (lower.endsWith('ed') && !subject) return undefined;
    if (HAVE.has(lower)) return `${lower === 'had' ? 'did' : lower === 'has' ? 'does' : 'do'} not have`;
    if (lemma === lower) return i === 0 ? `Do not ${lemma}` : `do not ${lemma}`;
    if (lower.endsWith('s')) return `does not ${lemma}`;
    return `did not ${lemma}`;
  }
  return undefined;
}

/** The clause with its main verb — and verbs of a following `, verb …`/`and verb …` list — negated. */
function negateVerb(text: string, tag: Tagger): string | undefined {
  const tokens = tag(text);
  const at = offsets(text, tokens);
  // A participle ("services created with gcloud default to …") is the main verb only when nothing else is.
  const candidates = tokens.map((_, i) => i).filter((i) => at[i]! >= 0 && verbRewrite(tokens, i) !== undefined);
  const main = candidates.find((i) => !/ed$/i.test(tokens[i]!.text) || tokens[i]!.pos === 'AUX') ?? candidates[0] ?? -1;
  if (main < 0) return undefined;
  const targets = [main];
  const mainIsThirdPerson = tokens[main]!.text.toLowerCase().endsWith('s') && tokens[main]!.pos !== 'AUX';
  for (let i = main + 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!.text.toLowerCase();
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const listVerb = (prev === ',' || prev === 'and' || prev === 'or') && mainIsThirdPerson && /^[a-z]+s$/.test(t.text) && t.lemma !== t.text && ['NOUN', 'PROPN', 'DET', 'PRON', 'ADJ', 'NUM', 'ADP', 'ADV'].includes(next?.pos ?? '');
    if (listVerb && at[i]! >= 0) targets.push(i);
  }
  let out = text;
  for (const i of targets.reverse()) {
    const t = tokens[i]!;
    const rewrite = t.pos === 'AUX' || t.pos === 'VERB' || i === main ? verbRewrite(tokens, i) : `does not ${t.lemma.toLowerCase()}`;
    out = out.slice(0, at[i]) + (rewrite ?? `does not ${t.lemma.toLowerCase()}`) + out.slice(at[i]! + t.text.length);
  }
  return out;
}

/** One clause with its polarity flipped, or undefined when it has no verb to flip. */
export function flipClause(text: string, tag: Tagger): string | undefined {
  const trimmed = text.trim();
  if (ANSWER_NO.test(trimmed.replace(/[,.!]$/, ''))) return text.replace(trimmed, 'Yes');
  // "you pay for what you configure, not what you use": the main claim affirms.
  const contrastive = /,\s+not\s+/i.test(text);
  NEGATORS.lastIndex = 0;
  if (!contrastive && NEGATORS.test(text)) return dropNegators(text);
  const negated = negateVerb(contrastive ? text.replace(/,\s+not\s+/i, ', but ') : text, tag);
  return negated;
}

/** The model answer with every clause's polarity flipped; undefined when nothing could be flipped. */
export function negateAnswer(answer: string, tag: Tagger): string | undefined {
  let flipped = 0;
  const pieces: Piece[] = splitClauses(answer).map((piece) => {
    const out = piece.text.trim() ? flipClause(piece.text, tag) : undefined;
    if (out === undefined || out === piece.text) return piece;
    flipped++;
    return { ...piece, text: out };
  });
  return flipped ? joinPieces(pieces) : undefined;
}
