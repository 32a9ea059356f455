/**
 * Past review scores per card, read from history.jsonl without the lock and
 * without writing anything (for `drillbit mock --mix weak`). An undone review
 * drops its score; torn or unknown lines are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Card key → review scores, oldest first. */
export function reviewScores(dir: string): Map<string, number[]> {
  const scores = new Map<string, { id: string; score: number }[]>();
  let text: string;
  try {
    text = readFileSync(join(dir, 'history.jsonl'), 'utf8');
  } catch {
    return new Map();
  }
  for (const line of text.split('\n')) {
    if (!line.includes('"review"') && !line.includes('"undo"')) continue;
    let rec: { type?: unknown; key?: unknown; id?: unknown; of?: unknown; score?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      continue;
    }
    if (typeof rec.key !== 'string') continue;
    const list = scores.get(rec.key) ?? [];
    if (rec.type === 'review' && typeof rec.score === 'number' && typeof rec.id === 'string') list.push({ id: rec.id, score: rec.score });
    else if (rec.type === 'undo') {
      const undone = list.findIndex((r) => r.id === rec.of);
      if (undone >= 0) list.splice(undone, 1);
    }
    scores.set(rec.key, list);
  }
  return new Map([...scores].map(([key, list]) => [key, list.map((r) => r.score)]));
}
