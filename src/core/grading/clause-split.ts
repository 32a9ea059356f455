/**
 * Where an answer's statements begin and end: its sentences, and a
 * sentence's clauses (split at a comma or conjunction before a new subject,
 * before a named subject with its own verb, and at "and the"). Token
 * annotation and negation scope are tokenize.ts's.
 */

// Sentence ends: . ! ? followed by space/end (not inside "e.g."), ; and newlines.
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|vs|cf|approx)\.$/i;
// A new clause after a comma when a new subject or a conjunction starts it.
const CLAUSE_BREAK = /,\s+(?=(?:but|while|whereas|and the|and a|so|because|since|though|although|the|a|an|its|it|they|this|that|which|then|yet|whereas)\b)|\s+(?:but|whereas|while)\s+/gi;
// A verb that shows a new statement starts: an auxiliary, or a third-person verb ("runs", "schedules").
const VERB_AHEAD = String.raw`(?:is|are|was|were|does|do|did|has|have|can|cannot|could|will|would|should|must|may|[a-z]{2,}s)\b`;
// ", Fargate runs your EC2" / "and Cloud Run cuts …": a named subject (one or two capitalised words) with its verb.
const NAMED_SUBJECT = new RegExp(String.raw`(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+${VERB_AHEAD})`, 'g');

/** The sentences of a text: ends at . ! ? before a space or the end (not "e.g."), at ; outside brackets, and at newlines. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Letters, digits and spaces (most of a text) neither end a sentence nor open a bracket.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 32) continue;
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    // "(mainly the 0 → 1 case; idle instances still cost money)": a semicolon inside brackets ends no sentence.
    const end = c === '\n' || (c === ';' && depth === 0) || ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]!)));
    if (!end) continue;
    // Only a point can end an abbreviation (the pattern ends in one).
    if (ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1))) continue;
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

// "X does A and the Y does B": a second subject after "and" opens a new clause.
const AND_SUBJECT = /\s+and\s+(?=(?:the|a|an|its|their|your)\s)/i;

function splitAtAnd(part: string): string[] {
  const m = AND_SUBJECT.exec(part);
  if (!m) return [part];
  const left = part.slice(0, m.index);
  const right = part.slice(m.index + m[0].length);
  // "pulls the image and the logs" stays whole: the right side must be a statement of its own. So does "80 is both
  // the default and the maximum per container": "both … and" joins two of one claim's parts.
  if (left.split(' ').length < 3 || right.split(' ').length < 4 || /\bboth\s/i.test(left)) return [part];
  return [left, ...splitAtAnd(right)];
}

const VERB_WORD = new RegExp(`^${VERB_AHEAD}$`, 'i');

/** Splits before a named subject with its own verb, when both sides are statements (3+ words). */
const MAY_NAME_SUBJECT = /(?:,|\sand)\s+[A-Z]/;

function splitAtNamedSubject(part: string): string[] {
  if (!MAY_NAME_SUBJECT.test(part)) return [part];
  const out: string[] = [];
  let start = 0;
  for (const m of part.matchAll(NAMED_SUBJECT)) {
    const left = part.slice(start, m.index);
    const leftWords = left.trim().split(/\s+/);
    if (leftWords.length < 3 || part.slice(m.index + m[0].length).trim().split(/\s+/).length < 3) continue;
    // "Vulnerable base images, OS packages and dependencies ship …" is one subject list, not two statements.
    if (!leftWords.slice(0, -1).some((w) => VERB_WORD.test(w))) continue;
    out.push(left);
    start = m.index + m[0].length;
  }
  out.push(part.slice(start));
  return out;
}

// ", task role is for the app": a comma before a short bare subject and its auxiliary, or its third-person verb
// before an object (", task role lets the app"; ", container images and logs" has no object after "images").
const BARE_SUBJECT = /,\s+(?=(?:and\s+)?(?:[a-z][\w'-]*\s+){1,3}(?:(?:is|are|was|were|does|do|did|has|have|can|cannot|will|would|should|must|may)\b|[a-z]{2,}[^s\W]s\s+(?:the|a|an|your|its|their|it|them|you)\b))/gi;

/** Splits at a comma before a bare subject with its auxiliary, when the part before is a statement of its own (has a verb). */
function splitAtBareSubject(part: string): string[] {
  if (!part.includes(',')) return [part];
  const out: string[] = [];
  let start = 0;
  for (const m of part.matchAll(BARE_SUBJECT)) {
    const left = part.slice(start, m.index).trim().split(/\s+/);
    if (left.length < 3 || !left.slice(1).some((w) => VERB_WORD.test(w))) continue;
    out.push(part.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(part.slice(start));
  return out;
}

// ", task role = the app's permissions": a comma before a short label and its relation mark.
const LABELLED = /,\s+(?=(?:[\w'-]+\s+){0,3}[\w'-]+\s*(?:=|->|=>|→|:)\s)/g;
const RELATION_MARK = /\w\s*(?:=|->|=>|→|:)\s/;

// "Execution role is for the agent, task role for the app": the second statement leaves its verb out.
const GAPPED = /,\s+(?=(?:[\w'-]+\s+){0,3}[\w'-]+\s+for\s)/g;
const IS_FOR = /\b(?:is|are)\s+(?:\w+\s+)?for\s/;

/**
 * "exec role = pulls the image, task role = the app's permissions" and "X is
 * for A, Y for B": parallel statements, one clause each.
 */
function splitAtLabel(part: string): string[] {
  if (part.includes(',') && IS_FOR.test(part)) return splitAt(part, GAPPED, IS_FOR);
  if (!part.includes(',') || !RELATION_MARK.test(part)) return [part];
  return splitAt(part, LABELLED, RELATION_MARK);
}

/** Splits `part` at each match of `at` when the text since the last split matches `before`. */
function splitAt(part: string, at: RegExp, before: RegExp): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of part.matchAll(at)) {
    if (!before.test(part.slice(start, m.index))) continue;
    out.push(part.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(part.slice(start));
  return out;
}

/** A sentence's clauses: split at a comma or conjunction, then before a named or bare subject, then at "and the". */
export function clauseParts(sentence: string): string[] {
  // Plain loops: flatMap costs more than the splitting itself at a few calls per sentence.
  const out: string[] = [];
  for (const piece of sentence.split(CLAUSE_BREAK)) {
    for (const labelled of splitAtLabel(piece)) {
      for (const named of splitAtNamedSubject(labelled)) for (const bare of splitAtBareSubject(named)) for (const part of splitAtAnd(bare)) out.push(part);
    }
  }
  return out;
}
