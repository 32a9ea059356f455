/**
 * The interviewer's follow-up after a partial answer, built from the first
 * rubric point missed: "And what about the execution role?". It names the
 * topic, not the answer: the first idea of a `together` point, else the ask
 * of the point's hint (the part before its dash), else the point's words.
 */
import type { Criterion } from '../deck/schema.js';

type Synonyms = Readonly<Record<string, readonly string[]>> | undefined;

/** `$exec-role` → the group's first phrasing ("execution role"). */
function resolve(phrase: string, synonyms: Synonyms): string {
  if (!phrase.startsWith('$')) return phrase;
  const name = phrase.slice(1);
  return synonyms?.[name]?.[0] ?? name.replace(/-/g, ' ');
}

/** "the execution role", but "ECS" and "200%" bare. */
const withArticle = (phrase: string): string => (/^[A-Z0-9$]/.test(phrase) || /^(the|a|an|your)\s/i.test(phrase) ? phrase : `the ${phrase}`);

const firstOf = (item: string | readonly string[] | undefined): string | undefined => (typeof item === 'string' ? item : item?.[0]);

/** The follow-up question for a missed criterion. */
export function followUpPrompt(criterion: Criterion, synonyms?: Synonyms): string {
  const idea = firstOf(criterion.together?.[0]);
  if (idea) return `And what about ${withArticle(resolve(idea, synonyms))}?`;
  const ask = criterion.hint?.split(/\s+—\s+/)[0];
  // "Say what happens — …" asks without telling; "Say that …" would tell, so it is not used.
  if (ask && ask !== criterion.hint && /^(say|name|give|explain)\b/i.test(ask) && !/^\w+\s+(that|plainly)\b/i.test(ask)) return `And can you ${ask.charAt(0).toLowerCase()}${ask.slice(1).replace(/[.:]$/, '')}?`;
  const item = firstOf(criterion.all?.[0]);
  if (item) return `And what about ${withArticle(resolve(item, synonyms))}?`;
  return `And what about ${withArticle(criterion.id.replace(/-/g, ' '))}?`;
}
