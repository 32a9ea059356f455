/**
 * Checks that need the whole file: duplicate ids, `$synonym` references that
 * name no synonym group, and rubrics whose weights sum to zero.
 */
import type { Problem } from '../errors.js';
import type { Deck, Drill, Rubric } from './schema.js';
import { expansionCount, MAX_EXPANSIONS, MAX_REF_DEPTH, refsBeyondDepth, synonymGroup, synonymNames } from './synonym-refs.js';

type Path = readonly (string | number)[];
type At = (path: Path, message: string) => Problem;

interface Ref {
  name: string;
  path: Path;
}

/** Phrasings in a phrase list (nested lists included), with where each one is. */
function phrasesIn(value: unknown, path: Path): { text: string; path: Path }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => phrasesIn(item, [...path, i]));
  return [];
}

/** `$name` references that name no group of this file (own groups only: `$constructor` is no group). */
function synonymRefs(value: unknown, path: Path, synonyms: Record<string, unknown>): Ref[] {
  return phrasesIn(value, path).flatMap(({ text, path: at }) => synonymNames(text).filter((name) => !synonymGroup(synonyms, name)).map((name) => ({ name, path: at })));
}

/** Phrasings that expand past what the grader uses (it keeps the first MAX_EXPANSIONS, MAX_REF_DEPTH references deep). */
function expansionProblems(value: unknown, path: Path, synonyms: Record<string, unknown>, at: At): Problem[] {
  const problems: Problem[] = [];
  for (const { text, path: where } of phrasesIn(value, path)) {
    const count = expansionCount(text, synonyms);
    if (count > MAX_EXPANSIONS) {
      problems.push(at(where, `"${text}" expands to more than ${MAX_EXPANSIONS} phrasings through its synonyms; only the first ${MAX_EXPANSIONS} are used — use fewer $references in one phrasing, or smaller groups`));
    } else if (refsBeyondDepth(text) > 0) {
      problems.push(at(where, `"${text}" has more than ${MAX_REF_DEPTH} $references; the ones after the ${MAX_REF_DEPTH}th are not expanded — split the phrasing`));
    }
  }
  return problems;
}

function checkRubric(rubric: Rubric, path: Path, synonyms: Record<string, unknown>, at: At): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const entries = [
    ...rubric.criteria.map((c, i) => ({ item: c, path: [...path, 'criteria', i] })),
    ...(rubric.contradictions ?? []).map((c, i) => ({ item: c, path: [...path, 'contradictions', i] })),
  ];
  for (const { item, path: itemPath } of entries) {
    if (seen.has(item.id)) problems.push(at([...itemPath, 'id'], `duplicate criterion id "${item.id}"`));
    seen.add(item.id);
    const ways = [{ way: item as Record<string, unknown>, path: itemPath }, ...(item.either ?? []).map((alt, j) => ({ way: alt as Record<string, unknown>, path: [...itemPath, 'either', j] }))];
    for (const { way, path: wayPath } of ways) {
      for (const key of ['any', 'all', 'together'] as const) {
        for (const ref of synonymRefs(way[key], [...wayPath, key], synonyms)) {
          problems.push(at(ref.path, `unknown synonym "$${ref.name}"; define it under "synonyms" at the top of the file`));
        }
        problems.push(...expansionProblems(way[key], [...wayPath, key], synonyms, at));
      }
    }
  }
  const total = rubric.criteria.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  if (total <= 0) problems.push(at([...path, 'criteria'], 'criterion weights sum to zero; give at least one criterion a weight above 0'));
  return problems;
}

export function checkDeckReferences(deck: Deck, at: At): Problem[] {
  const problems: Problem[] = [];
  const synonyms = deck.synonyms ?? {};
  const ids = new Map<string, number>();
  deck.cards.forEach((card, i) => {
    const first = ids.get(card.id);
    if (first !== undefined) {
      problems.push(at(['cards', i, 'id'], `duplicate card id "${card.id}" (first used by cards[${first}])`));
    } else {
      ids.set(card.id, i);
    }
    if (card.rubric) problems.push(...checkRubric(card.rubric, ['cards', i, 'rubric'], synonyms, at));
  });
  for (const [name, phrases] of Object.entries(synonyms)) {
    for (const ref of synonymRefs(phrases, ['synonyms', name], synonyms)) problems.push(at(ref.path, `unknown synonym "$${ref.name}"`));
  }
  return problems;
}

export function checkDrillReferences(drill: Drill, at: At): Problem[] {
  const problems: Problem[] = [];
  const synonyms = drill.synonyms ?? {};
  const ids = new Set<string>();
  (drill.sections ?? []).forEach((section, i) => {
    if (ids.has(section.id)) problems.push(at(['sections', i, 'id'], `duplicate section id "${section.id}"`));
    ids.add(section.id);
    problems.push(...checkRubric(section.rubric, ['sections', i, 'rubric'], synonyms, at));
  });
  return problems;
}
