/** Every matcher shape of a rubric (criteria, contradictions and their `either` alternatives). */
import type { Criterion, Rubric } from '../deck/schema.js';

type Shape = Pick<Criterion, 'any' | 'all' | 'together' | 'number' | 'cidr' | 'polarity'>;

/** The shapes of `rubric`'s criteria (or only the required ones), alternatives flattened. */
export function ruleShapes(rubric: Rubric | undefined, which: 'all' | 'criteria' | 'required' = 'all'): Shape[] {
  if (!rubric) return [];
  const rules = [
    ...rubric.criteria.filter((c) => which !== 'required' || c.required),
    ...(which === 'all' ? (rubric.contradictions ?? []) : []),
  ];
  return rules.flatMap((r) => [r as Shape, ...((r.either ?? []) as Shape[])]);
}
