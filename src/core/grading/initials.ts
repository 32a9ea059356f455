/**
 * Initials of the card's own names: a learner who writes "CR" or "ACA" means
 * Cloud Run or Azure Container Apps when the card talks about them. Only
 * names of two or more words that the card's prompt or model answer mention,
 * only initials written in capitals, only initials no other such name
 * shares, and only initials the card does not name by themselves (a rubric
 * that lists "ACA" already reads it) are read as the name.
 */

/** The answer with the card's initials written out, and the way back for quoting it. */
export interface Expanded {
  text: string;
  /** A span of `text` as the learner wrote it (initials put back); a span not found in `text` is returned as is. */
  asWritten(span: string): string;
}

/** One initialism written out: where its name sits in the expanded text, and the initials typed. */
interface Replacement {
  start: number;
  end: number;
  typed: string;
}

/** The answer with each capitalised initialism of one of `names` (lower-case, space-separated) written out. */
export function expandInitials(answer: string, names: Iterable<string>, known: readonly string[] = []): string {
  return expandInitialsMapped(answer, names, known).text;
}

/** `expandInitials`, keeping where each name was put so that quotes of the expanded text can show the initials typed. */
export function expandInitialsMapped(answer: string, names: Iterable<string>, known: readonly string[] = []): Expanded {
  const byInitials = new Map<string, string | undefined>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const key = words.map((w) => w[0]).join('').toUpperCase();
    if (known.includes(key.toLowerCase())) continue;
    // Two names with the same initials: neither is meant for sure.
    byInitials.set(key, byInitials.has(key) ? undefined : name);
  }
  if (!byInitials.size || !/[A-Z]{2}/.test(answer)) return { text: answer, asWritten: (span) => span };
  const replacements: Replacement[] = [];
  let shift = 0;
  const text = answer.replace(/\b[A-Z]{2,4}\b/g, (token, offset: number) => {
    const name = byInitials.get(token);
    if (name === undefined) return token;
    // "ACA" → "Container Apps" when the card also says it that way: one entity, one spelling.
    const words = name.split(' ');
    const short = words.length > 2 && known.includes(words.slice(1).join(' ')) ? words.slice(1).join(' ') : name;
    const written = short.replace(/\b[a-z]/g, (c) => c.toUpperCase());
    const start = offset + shift;
    replacements.push({ start, end: start + written.length, typed: token });
    shift += written.length - token.length;
    return written;
  });
  return { text, asWritten: (span) => restore(text, replacements, span) };
}

/** `span` of `text` with the names inside it turned back into the initials typed. */
function restore(text: string, replacements: readonly Replacement[], span: string): string {
  const from = replacements.length ? text.indexOf(span) : -1;
  if (from < 0) return span;
  const to = from + span.length;
  let out = '';
  let cursor = from;
  for (const r of replacements) {
    if (r.start < from || r.end > to) continue;
    out += text.slice(cursor, r.start) + r.typed;
    cursor = r.end;
  }
  return out + text.slice(cursor, to);
}
