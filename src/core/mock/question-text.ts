/**
 * The text of a question as asked: a card's prompt with its options (choice)
 * or its sentence with blanks (cloze), and the design question's halves.
 */
import type { Card, Drill } from '../deck/schema.js';
import type { DesignPart } from './types.js';

/** `{{a|b}}` blanks shown as `____`. */
export const blanks = (cloze: string): string => cloze.replace(/\{\{[^{}]*\}\}/g, '____');

export function cardQuestionText(card: Card): string {
  if (card.kind === 'choice' && card.choices) return `${card.prompt}\n${card.choices.map((c, i) => `  ${String.fromCharCode(97 + i)}) ${c}`).join('\n')}`;
  if (card.kind === 'cloze' && card.cloze) return `${card.prompt}\n  ${blanks(card.cloze)}`;
  return card.prompt;
}

export const PART_NAMES: Record<DesignPart, string> = { fargate: 'AWS Fargate (ECS)', cloudrun: 'Google Cloud Run' };

/** Section ids of one platform half (`fargate.image` …). */
export const partSections = (drill: Drill, part: DesignPart): NonNullable<Drill['sections']> => (drill.sections ?? []).filter((s) => s.id.startsWith(`${part}.`));

/** "The scenario. Design question (1 of 2): … on AWS Fargate (ECS): image, resources, …". */
export function designQuestionText(drill: Drill, part: DesignPart): string {
  const topics = partSections(drill, part).map((s) => (s.title ?? s.id).replace(/^.*?—\s*/, '').replace(/^[a-z]+\./, ''));
  const n = part === 'fargate' ? 1 : 2;
  const scenario = drill.scenario ? `${drill.scenario.trim()}\n` : '';
  return `${scenario}Design question (${n} of 2): sketch how you would deploy it on ${PART_NAMES[part]}. Cover: ${topics.join(', ')}.`;
}
