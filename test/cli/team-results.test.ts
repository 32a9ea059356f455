import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeResults } from '../../src/cli/team/results.js';
import { countReviews } from '../../src/cli/team/count-review.js';
import { bundledDir, loadDecks } from '../../src/cli/content.js';
import { TeamSession } from '../../src/core/team/session.js';
import { hostMsg } from '../../src/core/team/protocol.js';
import { contentHash } from '../../src/store/content-hash.js';
import { numericQuestions } from '../core/team/fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

function played(): TeamSession {
  const s = new TeamSession({ questions: numericQuestions(2), limitMs: 60_000, lateJoin: false });
  s.join('ana, "the fast"', undefined, { id: 'p1', token: 't1' }, 0);
  s.join('bo', undefined, { id: 'p2', token: 't2' }, 0);
  s.start(0);
  s.answer('p1', 0, '2\nbecause "one plus one", obviously', 30_000);
  s.answer('p2', 0, '3', 60_000 - 1);
  return s;
}

describe('--results', () => {
  it('CSV reads back with Python\'s csv module: one row per answer, quotes and line breaks intact', () => {
    const file = join(tempDir(), 'results.csv');
    writeResults(file, played(), { id: 's1', seed: 7, startedAt: '2026-01-01T00:00:00.000Z' });
    const py = spawnSync('python3', ['-c', 'import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="")))))', file], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    expect(JSON.parse(py.stdout)).toEqual([
      { player: 'ana, "the fast"', rank: '1', question: '1', card: 'test/q1', answer: '2\nbecause "one plus one", obviously', score: '1.000', verdict: 'correct', points: '1250', time_ms: '30000' },
      { player: 'bo', rank: '2', question: '1', card: 'test/q1', answer: '3', score: '0.000', verdict: 'incorrect', points: '0', time_ms: '59999' },
    ]);
  });

  it('JSON: per player, per question, and no temp file is left behind', () => {
    const dir = tempDir();
    const file = join(dir, 'results.json');
    writeResults(file, played(), { id: 's1', seed: 7, startedAt: '2026-01-01T00:00:00.000Z' });
    const value = JSON.parse(readFileSync(file, 'utf8')) as { seed: number; players: { name: string; points: number; answers: unknown[] }[] };
    expect(value.seed).toBe(7);
    expect(value.players.map((p) => [p.name, p.points, p.answers.length])).toEqual([['ana, "the fast"', 1250, 1], ['bo', 0, 1]]);
    expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout).toBe('results.json\n');
  });
});

describe('join --count', () => {
  it('records a revealed answer as a review only for the same card with the same content', async () => {
    const dir = tempDir();
    process.env['DRILLBIT_DECKS'] = bundledDir('decks');
    try {
      const [deck] = await loadDecks([bundledDir('decks')]);
      const card = deck!.cards.find((c) => c.kind === 'numeric')!;
      const key = `${deck!.id}/${card.id}`;
      const reveal = (hash: string) =>
        hostMsg('reveal', {
          index: 0, total: 1, rubric: [], modelAnswer: card.answer, card: { key, hash },
          mine: { answer: 'x', score: 0, verdict: 'incorrect', points: 0, timeMs: 5_000, criteria: [], notes: [] },
          spread: { correct: 0, partial: 0, incorrect: 1, unanswered: 0 }, board: [],
        });
      const count = await countReviews(dir);
      count(reveal('not-the-same-hash'));
      expect(existsSync(join(dir, 'history.jsonl'))).toBe(false);
      count(reveal(contentHash(card)));
      const lines = readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ key, rating: 'again', verdict: 'incorrect' });
    } finally {
      delete process.env['DRILLBIT_DECKS'];
    }
  });
});
