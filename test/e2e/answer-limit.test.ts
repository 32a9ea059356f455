import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_CUT, cleanAnswer, MAX_ANSWER_CHARS } from '../../src/core/answer-input.js';
import { emptyEditor, insert } from '../../src/tui/editor-state.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('one answer-size limit everywhere, said to the user', () => {
  it('is 20,000 characters, the same as grade\'s', async () => {
    expect(MAX_ANSWER_CHARS).toBe(20_000);
    expect((await import('../../src/cli/actions/grade.js')).MAX_ANSWER_CHARS).toBe(MAX_ANSWER_CHARS);
    expect(cleanAnswer('x'.repeat(20_001))).toEqual({ text: 'x'.repeat(20_000), cut: true });
  });

  it('review --plain keeps the first 20,000 characters of a 20 MB answer and says so', () => {
    const root = tempDir();
    const deck = join(root, 'deck.yaml');
    writeFileSync(deck, 'id: t\ntitle: T\ncards:\n  - id: c0\n    kind: text\n    prompt: Q?\n    answer: A\n');
    const home = join(root, 'home');
    const huge = `${'word '.repeat(4_000_000)}\nsecond line\n`;
    const r = runCli(['review', '--plain'], { env: { DRILLBIT_HOME: home, DRILLBIT_DECKS: deck }, input: `${huge}\n\n` });
    expect([r.status, r.stderr]).toEqual([0, `drillbit: ${ANSWER_CUT}\n`]);
    const rec = JSON.parse(readFileSync(join(home, 'history.jsonl'), 'utf8'));
    expect(rec.answer).toHaveLength(MAX_ANSWER_CHARS);
  });

  it('drill --plain cuts a section at the limit and says so; grade --drill refuses an answer over it', () => {
    const home = tempDir();
    const r = runCli(['drill', 'deployment-sketch', '--plain'], { env: { DRILLBIT_HOME: home }, input: `${'a'.repeat(30_000)}\nmore\n` });
    expect(r.stderr).toContain(`drillbit: ${ANSWER_CUT}\n`);
    const draft = JSON.parse(readFileSync(join(home, 'drafts', 'deployment-sketch.json'), 'utf8'));
    expect(draft.answers['fargate.image']).toHaveLength(MAX_ANSWER_CHARS);
    const file = join(home, 'answers.json');
    writeFileSync(file, JSON.stringify({ 'fargate.image': 'b'.repeat(20_001) }));
    const g = runCli(['grade', '--drill', 'deployment-sketch', '--answers', file], { env: { DRILLBIT_HOME: home } });
    expect([g.status, g.stderr]).toEqual([1, `drillbit: ${file}: the answer to "fargate.image" is 20001 characters long; the limit is 20000, so shorten it\n`]);
  });

  it('the TUI editor stops taking text at the limit', () => {
    const full = insert(emptyEditor, 'x'.repeat(MAX_ANSWER_CHARS + 50));
    expect(full.text).toHaveLength(MAX_ANSWER_CHARS);
    expect(insert(full, 'more')).toBe(full);
  });
});
