/**
 * Named things (ECS, Fargate, Cloud Run, Lambda …) and who a clause is
 * about. A card's entities are the capitalised names its prompt, model answer
 * and rubric use; each clause of an answer gets a subject: the first name it
 * states that no preposition or comparison governs ("Like Lambda, …" is not
 * about Lambda) and no "you"/"we" before it makes an object, else, for
 * "it"/"its"/"they", the subject of the clause before, else the question's
 * own topic.
 */
import type { Clause } from './tokenize.js';
import { unitOf } from './units.js';
import { FUNCTION_WORDS, NEGATORS } from './words.js';

/** One mention of an entity in a clause. */
export interface Mention {
  /** The entity, as lower-case words joined by spaces ("cloud run"). */
  name: string;
  /** Word index of its first word. */
  at: number;
  /** Word index just after it. */
  end: number;
  /** Governed by a preposition or comparison ("on Fargate", "like Lambda", "without ECS"): not a subject. */
  governed: boolean;
}

const NAME = /\b[A-Z][A-Za-z0-9]*(?:[ \t]+[A-Z][A-Za-z0-9]*)*/g;
const GOVERNORS = new Set(['with', 'on', 'in', 'under', 'like', 'unlike', 'than', 'of', 'by', 'from', 'to', 'for', 'without', 'vs', 'versus', 'into', 'onto', 'over', 'via', 'behind', 'beside', 'about',
  // "a request can go 60 minutes where Lambda stops at 15": the name of a subordinate clause is its own (not so after
  // "while": "ECS …, while Fargate is …" states a second claim of Fargate's).
  'where']);
const PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them', 'itself']);
const COORDINATORS = new Set(['or', 'and', 'nor']);
// People, not named things: a clause they open is about what they do.
const PERSONS = new Set(['you', 'we', 'i', 'teams', 'people']);

/**
 * The capitalised names in a card's texts, lower-cased: a capital that only
 * ever starts a sentence ("Say", "Set"), a word the prose also writes in
 * lower case, a function word or a unit ("GiB") is no name.
 */
export function cardEntities(prose: readonly string[], phrases: readonly string[] = []): string[] {
  const lower = new Set(prose.flatMap((t) => t.match(/(?<![$\w-])[a-z][a-z0-9]*(?![\w-])/g) ?? []));
  const names = new Map<string, boolean>();
  // A rubric phrasing is no sentence: a capital there ("Fargate schedules") marks a name.
  const texts = [...prose.map((text) => ({ text, sentences: true })), ...phrases.map((text) => ({ text, sentences: false }))];
  for (const { text, sentences } of texts) {
    for (const m of text.matchAll(NAME)) {
      const words = m[0].toLowerCase().split(/\s+/);
      while (words.length && (FUNCTION_WORDS.has(words[0]!) || NEGATORS.has(words[0]!) || unitOf(words[0]!))) words.shift();
      if (!words.length || words.length > 3 || words.some((w) => unitOf(w)) || (words.length === 1 && lower.has(words[0]!))) continue;
      let initial = sentences && /(?:^|[.!?:"\n]\s*)$/.test(text.slice(0, m.index));
      // "Use Fargate here": a sentence's capitalised first word that the prose also writes in lower case is no
      // part of the name, and the name after it stands inside the sentence.
      if (initial && words.length > 1 && lower.has(words[0]!)) {
        words.shift();
        initial = false;
      }
      const name = words.join(' ');
      names.set(name, (names.get(name) ?? false) || !initial || words.length > 1);
    }
  }
  // Longest first, so "cloud run" is found before a "cloud" alone.
  return [...names].filter(([, ok]) => ok).map(([n]) => n).sort((a, b) => b.split(' ').length - a.split(' ').length);
}

// Entity names split into words once per list (lists are built once per card).
const splitCache = new WeakMap<readonly string[], Map<string, string[][]>>();
function byFirstWord(entities: readonly string[]): Map<string, string[][]> {
  let map = splitCache.get(entities);
  if (!map) {
    map = new Map();
    for (const name of entities) {
      const parts = name.split(' ');
      const list = map.get(parts[0]!) ?? [];
      list.push(parts);
      map.set(parts[0]!, list);
    }
    splitCache.set(entities, map);
  }
  return map;
}

/** Every entity mention in a clause, in order. */
export function mentions(clause: Clause, entities: readonly string[]): Mention[] {
  const out: Mention[] = [];
  const { words } = clause;
  const first = byFirstWord(entities);
  for (let i = 0; i < words.length; i++) {
    const candidates = first.get(words[i]!);
    if (!candidates) continue;
    // Longest first (the list keeps the entities' order, longest first).
    const parts = candidates.find((ps) => ps.every((p, k) => words[i + k] === p));
    if (!parts) continue;
    // "on Fargate or Cloud Run": a name joined to a governed one is governed too.
    const last = out[out.length - 1];
    const joined = last !== undefined && last.governed && last.end === i - 1 && COORDINATORS.has(words[i - 1]!);
    out.push({ name: parts.join(' '), at: i, end: i + parts.length, governed: GOVERNORS.has(words[i - 1] ?? '') || joined || clause.wordNegated[i] === true });
    i += parts.length - 1;
  }
  return out;
}

/** Who a clause is about, and where that is said (the name, or the pronoun standing for it). */
export interface Subject {
  name: string;
  at: number;
}

/** The subject of each clause (undefined where none can be told). */
export function subjects(clauses: readonly Clause[], entities: readonly string[], topic: string | undefined, found?: readonly Mention[][]): (Subject | undefined)[] {
  let previous: string | undefined;
  return clauses.map((clause, index) => {
    const named = (found?.[index] ?? mentions(clause, entities)).find((m) => !m.governed);
    // "It is ECS that orchestrates": a cleft names its subject after the pronoun.
    const cleft = named !== undefined && clause.words[0] === 'it' && clause.words[1] === 'is' && named.at === 2;
    const pronoun = cleft ? -1 : clause.words.findIndex((w, i) => i < 3 && PRONOUNS.has(w));
    // "You have to patch the EC2 hosts yourself": the learner's "you" is the subject; the name is an object.
    const person = clause.words.findIndex((w, i) => i < 3 && PERSONS.has(w));
    let subject: Subject | undefined;
    if (named && person >= 0 && person < named.at && (pronoun < 0 || person < pronoun)) subject = undefined;
    else if (named && (pronoun < 0 || named.at < pronoun)) subject = { name: named.name, at: named.at };
    else if (pronoun >= 0 && (previous ?? topic)) subject = { name: (previous ?? topic)!, at: pronoun };
    if (subject) previous = subject.name;
    return subject;
  });
}
