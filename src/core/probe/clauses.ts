/**
 * Splits a model answer into sentences and clauses, keeping the separators,
 * so that a mutation can rewrite one piece and join the text back unchanged
 * elsewhere.
 */

/** A piece of text and the separator that followed it in the original. */
export interface Piece {
  text: string;
  separator: string;
}

// Sentence ends, semicolons, colons, dashes, parentheses, and a comma before a
// conjunction that starts a new clause ("…, so the others queue").
const CLAUSE_BREAK = /([.!?](?=\s|$)\s*|;\s*|:\s+|\s+—\s+|\s*\(|\)\s*|,\s+(?=(?:so|but|and|while|whereas|because|which|where|or)\s))/g;

/** The clauses of `text`, each with the separator after it; joining them gives `text` back. */
export function splitClauses(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    pieces.push({ text: text.slice(last, match.index), separator: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), separator: '' });
  return pieces.filter((p) => p.text.length > 0 || p.separator.length > 0);
}

export const joinPieces = (pieces: readonly Piece[]): string => pieces.map((p) => p.text + p.separator).join('');

/** Words of a text (letters, digits, inner apostrophes and hyphens). */
export const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-/.×]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
