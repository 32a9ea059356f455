/**
 * Checks that need the whole file: duplicate ids, `$synonym` references that
 * name no synonym group, and rubrics whose weights sum to zero.
 */
import type { Problem } from '../errors.js';
import type { Deck, Drill, Rubric } from './schema.js';

type Path = readonly (string | number)[];
type At = (path: Path, message: string) => Problem;

interface Ref {
  name: string;
  path: Path;
}

/** `$name` references in a phrase list (nested lists included), with where each one is. */
function synonymRefs(value: unknown, path: Path): Ref[] {
  if (typeof value === 'string') return value.startsWith('$') ? [{ name: value.slice(1), path }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => synonymRefs(item, [...path, i]));
  return [];
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
        for (const ref of synonymRefs(way[key], [...wayPath, key])) {
          if (!(ref.name in synonyms)) problems.push(at(ref.path, `unknown synonym "$${ref.name}"; define it under "synonyms" at the top of the file`));
        }
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
    for (const ref of synonymRefs(phrases, ['synonyms', name])) {
      if (!(ref.name in synonyms)) problems.push(at(ref.path, `unknown synonym "$${ref.name}"`));
    }
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
