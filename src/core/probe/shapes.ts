/**
 * Probes that change the answer's shape, not its facts: keyword soup (the
 * rubric's own terms as a list, no statement) and the first clause alone.
 */
import type { Card } from '../deck/schema.js';
import { joinPieces, splitClauses, words } from './clauses.js';
import { expand, occurrences } from './entities.js';
import { ruleShapes } from './rubric-walk.js';
import type { Tagger } from './tagger.js';

// Words that carry no term of their own; a soup term must not contain one.
const GLUE = new Set('a an the of to in on for and or but is are be it its by with as at from that this not no never your you their his her we they can will do does where when which what who how there then so also just only'.split(' '));
// A term is a name, a noun or a number; verbs would make the list a statement.
const TERM_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'X', 'SYM']);

/** The rubric's terms that the model answer uses, in the answer's order, as a comma-separated list. */
export function keywordSoup(card: Card, tag: Tagger, synonyms: Record<string, string[]> = {}): string | undefined {
  const isTerm = (text: string): boolean => tag(text).every((t) => TERM_TAGS.has(t.pos) || t.pos === 'PUNCT');
  const phrases = ruleShapes(card.rubric, 'criteria').flatMap((s) =>
    expand([...(s.any ?? []), ...(s.all ?? []).flat(), ...(s.together ?? []).flat()], synonyms),
  );
  const terms = phrases.filter((p) => p.split(/\s+/).length <= 2 && !p.split(/\s+/).some((w) => GLUE.has(w.toLowerCase())) && isTerm(p));
  const hits = terms
    .flatMap((t) => occurrences(card.answer, t).map((o) => ({ ...o, text: card.answer.slice(o.start, o.end) })))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: typeof hits = [];
  for (const h of hits) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    if (kept.some((k) => k.text.toLowerCase() === h.text.toLowerCase())) continue;
    kept.push(h);
  }
  if (kept.length < 3) {
    const content = [...new Set(words(card.answer).filter((w) => !GLUE.has(w.toLowerCase()) && w.length > 2 && isTerm(w)))].slice(0, 10);
    return content.length >= 3 ? content.join(', ') : undefined;
  }
  return kept.map((k) => k.text).join(', ');
}

/** The answer cut after its first clause (skipping a bare "No."), when that leaves out most of it. */
export function firstClause(answer: string): string | undefined {
  const pieces = splitClauses(answer);
  const taken = [];
  let count = 0;
  for (const piece of pieces) {
    taken.push(piece);
    count += words(piece.text).length;
    if (count >= 3) break;
  }
  let cut = joinPieces(taken.map((p, i) => (i === taken.length - 1 ? { text: p.text, separator: '' } : p))).trim();
  // "It schedules containers onto hosts, restarts them, rolls them forward": a long list is cut at its first item.
  if (words(cut).length > 12 && cut.includes(', ')) cut = cut.slice(0, cut.indexOf(', '));
  if (words(cut).length * 2 > words(answer).length) return undefined;
  return /[.!?]$/.test(cut) ? cut : `${cut.replace(/[,;:]$/, '')}.`;
}
