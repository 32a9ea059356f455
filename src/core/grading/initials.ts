/**
 * Initials of the card's own names: a learner who writes "CR" or "ACA" means
 * Cloud Run or Azure Container Apps when the card talks about them. Only
 * names of two or more words that the card's prompt or model answer mention,
 * only initials written in capitals, only initials no other such name
 * shares, and only initials the card does not name by themselves (a rubric
 * that lists "ACA" already reads it) are read as the name.
 */

/** The answer with each capitalised initialism of one of `names` (lower-case, space-separated) written out. */
export function expandInitials(answer: string, names: Iterable<string>, known: readonly string[] = []): string {
  const byInitials = new Map<string, string | undefined>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const key = words.map((w) => w[0]).join('').toUpperCase();
    if (known.includes(key.toLowerCase())) continue;
    // Two names with the same initials: neither is meant for sure.
    byInitials.set(key, byInitials.has(key) ? undefined : name);
  }
  if (!byInitials.size || !/[A-Z]{2}/.test(answer)) return answer;
  return answer.replace(/\b[A-Z]{2,4}\b/g, (token) => {
    const name = byInitials.get(token);
    if (name === undefined) return token;
    // "ACA" → "Container Apps" when the card also says it that way: one entity, one spelling.
    const words = name.split(' ');
    const short = words.length > 2 && known.includes(words.slice(1).join(' ')) ? words.slice(1).join(' ') : name;
    return short.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  });
}
