/**
 * Where each card, and each of its examples, starts in a deck's YAML text, so
 * that findings about a valid deck (probes, example mismatches) can be
 * reported at `file:line:col`. Pure: the caller reads the file.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A 1-based position in the file. */
export interface Position {
  line: number;
  col: number;
}

/** A card's position and the positions of its `examples` items, by card index. */
export interface CardPosition extends Position {
  examples: Position[];
}

function positionOf(node: unknown, lines: LineCounter): Position {
  const start = (node as Node | undefined)?.range?.[0] ?? 0;
  return lines.linePos(start);
}

/** The positions of `cards[i]` and `cards[i].examples[j]`; empty when the text has no card list. */
export function locateCards(source: string): CardPosition[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const cards = doc.getIn(['cards'], true);
  if (!isSeq(cards)) return [];
  return cards.items.map((card) => {
    const examples = isMap(card) ? card.get('examples', true) : undefined;
    return {
      ...positionOf(card, lines),
      examples: isSeq(examples) ? examples.items.map((e) => positionOf(e, lines)) : [],
    };
  });
}
