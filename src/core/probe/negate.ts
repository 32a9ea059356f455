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
const SUBORDINATE = new Set(['once', 'when', 'if', 'until', 'because', 'while', 'after', 'before', 'since', 'unless']);
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
  // A bare form after a plural noun, before its object or a preposition, is that noun's verb even when tagged a noun ("tasks use 100 IPs", "dependencies ship inside").
  const pluralSubject = (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && /[^s]s$/.test(prev.text) && /^[a-z]/.test(prev.text);
  const bareAfterPlural = t.pos === 'NOUN' && /^[a-z]+$/.test(t.text) && !lower.endsWith('s') && pluralSubject && ['NUM', 'DET', 'ADP', 'PRON'].includes(next?.pos ?? '');
  if (t.pos === 'VERB' || looksFinite || bareAfterPlural) {
    const lemma = bareAfterPlural ? lower : t.lemma.toLowerCase();
    // A bare form is a finite verb only as an imperative or after a pronoun ("you pay", "you still need"); an -ed form only after its subject.
    const pronoun = prev?.pos === 'PRON' || (prev?.pos === 'ADV' && tokens[i - 2]?.pos === 'PRON');
    if (lemma === lower && i > 0 && !pronoun && prev?.pos !== 'NUM' && !pluralSubject) return undefined;
    if (lower.endsWith('ed') && !subject && !pronoun) return undefined;
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
  // "load-test and watch …, then tighten once the service is stable": the only verb found is in a subordinate
  // clause and nothing names a subject before it, so the piece is an instruction: deny it as a whole.
  const before = tokens.slice(0, main);
  const subordinate = before.findIndex((t) => SUBORDINATE.has(t.text.toLowerCase()));
  const opener = tokens[0]!;
  if (subordinate > 0 && ['NOUN', 'VERB'].includes(opener.pos) && !/^[A-Z]/.test(opener.text) && !before.slice(0, subordinate).some((t) => t.pos === 'PRON' || t.pos === 'AUX')) {
    const lead = /^\s*/.exec(text)![0];
    const body = text.slice(lead.length);
    return `${lead}${/^[A-Z]/.test(body) ? 'Do not' : 'do not'} ${body[0]!.toLowerCase()}${body.slice(1)}`;
  }
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

const CONTRAST = /^(\s*)((?:from|by|on|in|with|for|at|through|via)\s+)?(.+?),\s+not\s+(.+?)(\s*)$/i;

/** "From measurement, not guesses" → "From guesses, not measurement". */
function swapContrast(text: string): string | undefined {
  const m = CONTRAST.exec(text);
  if (!m) return undefined;
  const [, lead, prep = '', x, y, tail] = m;
  const first = prep ? sameCase(prep, prep.toLowerCase()) : '';
  const yCased = prep ? y! : sameCase(x!, y!);
  const xCased = prep || !/^[A-Z][a-z]/.test(x!) ? x! : x![0]!.toLowerCase() + x!.slice(1);
  return `${lead}${first}${yCased}, not ${xCased}${tail}`;
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
  // "From measurement, not guesses": with no verb, the two sides change places.
  return negated ?? (contrastive ? swapContrast(text) : undefined);
}

/**
 * A piece with no verb to flip ("One task per AZ", "Long-running workers"),
 * denied as a whole: left as it was, the mutant would still say it, and a
 * mutant that keeps most of the answer's claims is no wrong answer.
 */
function denyPhrase(text: string): string | undefined {
  // "or lower maximumPercent": the denial goes after the conjunction.
  const lead = /^\s*(?:(?:and|or|but|then|so)\s+)?/i.exec(text)![0];
  const body = text.slice(lead.length);
  const first = body.split(/\s/)[0] ?? '';
  if (body.split(/\s+/).length < 2 || /^(?:not|no|never)\b/i.test(body)) return undefined;
  // A name keeps its capitals ("ECS …"); an ordinary first word does not.
  const named = /^[A-Z][A-Z0-9]|^[A-Z][a-z]+[A-Z]/.test(first);
  const capital = /^[A-Z]/.test(body);
  return `${lead}${capital ? 'Not' : 'not'} ${named ? body : body[0]!.toLowerCase() + body.slice(1)}`;
}

/** The model answer with every clause's polarity flipped; undefined when nothing could be flipped. */
export function negateAnswer(answer: string, tag: Tagger): string | undefined {
  let flipped = 0;
  const all = splitClauses(answer);
  const outs = all.map((piece) => (piece.text.trim() ? flipClause(piece.text, tag) : undefined));
  const changed = outs.map((out, i) => out !== undefined && out !== all[i]!.text);
  const opens = (i: number): boolean => /\($/.test(all[i]?.separator.trim() ?? '');
  const pieces: Piece[] = all.map((piece, i) => {
    if (changed[i]) {
      flipped++;
      return { ...piece, text: outs[i]! };
    }
    // A bracketed aside is left alone, and so is a subject whose verb comes after the brackets
    // ("A default rolling deploy (maximumPercent 200) runs …"); any other clause is denied whole.
    const verbNext = changed[i + 2] && !/^\s*,/.test(all[i + 2]?.text ?? '');
    const elaborates = /:\s*$/.test(all[i - 1]?.separator ?? '') && changed[i - 1];
    if (!piece.text.trim() || opens(i - 1) || (opens(i) && verbNext) || elaborates) return piece;
    return { ...piece, text: denyPhrase(piece.text) ?? piece.text };
  });
  if (!flipped) return undefined;
  return joinPieces(pieces);
}
