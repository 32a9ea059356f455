/**
 * Expands English contractions so that negation is always a separate word:
 * `isn't` → `is not`, `can't` → `cannot`, `won't` → `will not`.
 * Input is lower-case with apostrophes already folded to `'`.
 */
const IRREGULAR: Record<string, string> = {
  "can't": 'cannot',
  "won't": 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
  "it's": 'it is',
  "that's": 'that is',
  "there's": 'there is',
  "what's": 'what is',
  "let's": 'let us',
  "i'm": 'i am',
};

const WORD = /[a-z]+'[a-z]+/g;

/**
 * Negative contractions typed without their apostrophe ("doesnt", "cant"):
 * fast typists drop it, and the denial must not be lost with it. Only forms
 * that are not English words of their own ("wont" and "cant" barely are).
 */
const BARE = /\b(?:(does|do|did|is|are|was|were|has|have|had|should|could|would|must|need)nt|(ca)nt|(wo)nt)\b/g;
const BARE_EXPANDED: Record<string, string> = { ca: 'cannot', wo: 'will not' };

/** Expands the contractions in a lower-case string. */
export function expandContractions(text: string): string {
  const bare = text.includes('nt') ? text.replace(BARE, (_, aux?: string, ca?: string, wo?: string) => (aux ? `${aux} not` : BARE_EXPANDED[(ca ?? wo)!]!)) : text;
  if (!bare.includes("'")) return bare;
  return bare.replace(WORD, (word) => {
    const irregular = IRREGULAR[word];
    if (irregular) return irregular;
    if (word.endsWith("n't")) return `${word.slice(0, -3)} not`;
    if (word.endsWith("'re")) return `${word.slice(0, -3)} are`;
    if (word.endsWith("'ve")) return `${word.slice(0, -3)} have`;
    if (word.endsWith("'ll")) return `${word.slice(0, -3)} will`;
    if (word.endsWith("'d")) return `${word.slice(0, -2)} would`;
    if (word.endsWith("'s")) return word.slice(0, -2); // possessive: "fargate's" → "fargate"
    return word;
  });
}
