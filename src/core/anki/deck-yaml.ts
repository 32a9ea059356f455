/**
 * A deck as the YAML file the learner can read and edit (docs/deck-format.md),
 * checked by the same parser as every deck before anyone writes it. Pure.
 */
import { stringify } from 'yaml';
import { ContentError } from '../errors.js';
import { parseDeck } from '../deck/parse.js';
import type { Deck } from '../deck/schema.js';

/** The deck as YAML; throws ContentError if the result would not load as a deck. */
export function deckToYaml(deck: Deck, file: string, note: string): string {
  const text = `# ${note}\n${stringify(deck, { lineWidth: 0 })}`;
  const { problems } = parseDeck(text, file);
  if (problems.length) throw new ContentError(problems);
  return text;
}
