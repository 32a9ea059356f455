/**
 * Fuzz of every output path with hostile answers and a hostile deck: no
 * escape (ESC), C1, BEL or bidi byte from the input reaches the terminal, no
 * crash, bounded time. Plain paths run the built binary through pipes (with
 * NO_COLOR, so drillbit itself writes no escape at all); the TUI runs in a pty.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { spawnTerm, type Term } from './pty.js';

/** Hostile pieces: OSC 52 clipboard write, title set, screen clear, DCS, 8-bit CSI, hyperlink, bidi override and isolate, BEL, CR. */
const HOSTILE = [
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u001b]0;pwned\u0007',
  '\u001b[2J\u001b[H',
  '\u001bP1$qm\u001b\\',
  '\u009b31m',
  '\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u202e',
  '\u2066',
  '\u0007',
  'half\rline',
  '\u001b[31',
];
/** Bytes that must never come out of a plain command. */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A seeded mix of hostile pieces and words (deterministic, so a failure reproduces). */
function hostileAnswers(n: number, seed = 7): string[] {
  let s = seed;
  const next = (k: number): number => ((s = (s * 1103515245 + 12345) >>> 0), s % k);
  const words = ['The task execution role', 'red', '5 minutes', 'Fargate', 'ECR', 'pull'];
  return Array.from({ length: n }, () => Array.from({ length: 1 + next(6) }, () => (next(2) ? HOSTILE[next(HOSTILE.length)] : words[next(words.length)])).join(' '));
}

/** YAML double-quoted form of `s` (escapes for every control and bidi character). */
const q = (s: string): string => JSON.stringify(s).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function hostileDeck(dir: string): string {
  const evil = HOSTILE.join('');
  const file = join(dir, 'hostile.yaml');
  writeFileSync(
    file,
    [
      'id: hostile',
      `title: ${q(`Hostile ${evil} deck`)}`,
      'cards:',
      '  - id: t1',
      '    kind: text',
      `    prompt: ${q(`What pulls the image? ${evil}`)}`,
      `    answer: ${q(`The task execution role pulls the image ${evil}`)}`,
      '  - id: ch',
      '    kind: choice',
      `    prompt: ${q(`Which role? ${evil}`)}`,
      `    choices: [${q('The task execution role')}, ${q(`The task role ${evil}`)}]`,
      `    correct: ${q('The task execution role')}`,
      `    answer: ${q(`The execution role ${evil}`)}`,
      '  - id: cz',
      '    kind: cloze',
      `    prompt: ${q(`Fill in ${evil}`)}`,
      `    cloze: ${q('The colour is {{red|rot}} today')}`,
      `    answer: ${q(`red ${evil}`)}`,
      '',
    ].join('\n'),
  );
  return file;
}

function clean(what: string, r: { status: number | null; stdout: string; stderr: string }, ms: number): void {
  expect([what, r.status === 70 || r.status === null ? `crashed (${r.status}): ${r.stderr}` : 'ok']).toEqual([what, 'ok']);
  expect([what, FORBIDDEN.exec(r.stdout)?.[0], FORBIDDEN.exec(r.stderr)?.[0]]).toEqual([what, undefined, undefined]);
  expect([what, r.stderr]).not.toEqual([what, expect.stringContaining('internal error')]);
  expect(ms).toBeLessThan(15_000);
}

function timed(args: string[], options: Parameters<typeof runCli>[1]): { r: ReturnType<typeof runCli>; ms: number } {
  const t = performance.now();
  const r = runCli(args, options);
  return { r, ms: performance.now() - t };
}

describe('hostile answers and a hostile deck through every plain output path', () => {
  it('grade --card (text and --json), grade --batch, review --plain, lint', () => {
    const dir = tempDir();
    const deck = hostileDeck(dir);
    const env = { DRILLBIT_HOME: join(dir, 'home'), DRILLBIT_DECKS: deck, DRILLBIT_NO_CACHE: '1' };
    const answers = hostileAnswers(12);
    for (const card of ['hostile/t1', 'hostile/ch', 'hostile/cz', 'managed-containers/fact.role-symptom']) {
      const cardEnv = card.startsWith('managed') ? { ...env, DRILLBIT_DECKS: '' } : env;
      for (const answer of answers.slice(0, 4)) {
        for (const json of [[], ['--json']]) {
          const { r, ms } = timed(['grade', '--card', card, ...json], { env: cardEnv, input: answer });
          clean(`grade ${card} ${json.join('')} ${JSON.stringify(answer)}`, r, ms);
        }
      }
    }
    const batch = join(dir, 'batch.jsonl');
    writeFileSync(batch, answers.map((a, i) => JSON.stringify(i % 2 ? { card: 'hostile/ch', answer: a } : { reference: `ref ${HOSTILE.join('')}`, answer: a, question: HOSTILE[0] })).join('\n'));
    for (const json of [[], ['--json']]) {
      const { r, ms } = timed(['grade', '--batch', batch, ...json], { env });
      clean('grade --batch', r, ms);
    }
    const input = answers.map((a) => `${a}\n\n\n`).join('');
    const { r, ms } = timed(['review', '--plain'], { env, input });
    clean('review --plain', r, ms);
    expect(r.stdout).toMatch(/^saved hostile\/t1 /m);
    const stats = timed(['stats'], { env });
    clean('stats', stats.r, stats.ms);
    const lint = timed(['lint', deck], { env });
    clean('lint', lint.r, lint.ms);
    // A file whose problems quote hostile keys and values.
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, `id: b\ntitle: B\n${q(`key${HOSTILE[0]}`)}: 1\ncards:\n  - id: x\n    kind: choice\n    prompt: ${q(HOSTILE.join(''))}\n    answer: a\n`);
    const bad = timed(['lint', broken], { env });
    clean('lint broken', bad.r, bad.ms);
    expect(bad.r.status).toBe(1);
    const home = timed([], { env });
    clean('plain home', home.r, home.ms);
  }, 240_000);

  it('drill --plain, its draft resume, and grade --drill', () => {
    const dir = tempDir();
    const env = { DRILLBIT_HOME: join(dir, 'home'), DRILLBIT_NO_CACHE: '1' };
    const answers = hostileAnswers(8, 11);
    // Two sections, then input ends: the draft is kept.
    const first = timed(['drill', 'deployment-sketch', '--plain'], { env, input: `${answers.slice(0, 4).join('\n')}\n\n${answers.slice(4).join('\n')}\n` });
    clean('drill --plain', first.r, first.ms);
    const resume = timed(['drill', 'deployment-sketch', '--plain'], { env, input: `y\n\n\n${'\n'.repeat(20)}` });
    clean('drill --plain resume', resume.r, resume.ms);
    expect(resume.r.stdout).toContain('Your saved answer:');
    // A draft file written by someone else.
    mkdirSync(join(dir, 'home', 'drafts'), { recursive: true });
    writeFileSync(join(dir, 'home', 'drafts', 'deployment-sketch.json'), JSON.stringify({ drillId: 'deployment-sketch', startedAt: 1, savedAt: 2, remainingMs: 60_000, answers: { 'fargate.image': HOSTILE.join(' ') } }));
    const forged = timed(['drill', 'deployment-sketch', '--plain'], { env, input: 'y\n\n' });
    clean('drill --plain forged draft', forged.r, forged.ms);
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ 'fargate.image': answers[0], 'fargate.resources': `${answers[1]} 1 vCPU 3 GB`, 'cloudrun.capacity': `${answers[2]} concurrency 5000` }));
    for (const json of [[], ['--json']]) {
      const { r, ms } = timed(['grade', '--drill', 'deployment-sketch', '--answers', file, ...json], { env });
      clean(`grade --drill ${json.join('')}`, r, ms);
    }
  }, 120_000);
});

describe('the TUI in a real terminal', () => {
  let term: Term | undefined;
  afterEach(async () => {
    if (term) {
      term.type('\u0003');
      await term.exited(5_000).catch(() => undefined);
      term.close();
    }
    term = undefined;
  });

  it('shows a hostile deck without its escapes, and typed escape sequences (\\e[0m, \\e[31m, Ctrl-F1) neither crash Ink nor lose the answer', async () => {
    const dir = tempDir();
    const deck = hostileDeck(dir);
    term = spawnTerm({ args: ['review'], env: { DRILLBIT_DECKS: deck, DRILLBIT_NO_CACHE: '1' }, cols: 100, rows: 30 });
    await term.waitFor('What pulls the image?');
    term.type('The task ');
    await term.waitFor('The task');
    // One key at a time, as a terminal sends them (waitFor lets the screen settle between keys).
    for (const seq of ['\u001b[0m', '\u001b[31m', '\u001b[1;5P', '\u202e', '\u0007']) {
      term.type(seq);
      await term.waitFor('The task');
    }
    term.type('execution role pulls');
    const screen = await term.waitFor('execution role pulls');
    expect(screen).toContain('The task execution role pulls');
    term.type('\r');
    await term.waitFor(/Again|Good|Hard/);
    const raw = term.raw();
    // Ink draws with CSI sequences of its own; nothing of the deck's or the typed OSC, DCS or bidi gets through.
    expect([raw.includes('\u001b]'), raw.includes('\u001bP'), /[\u009b\u202a-\u202e\u2066-\u2069]/.test(raw), raw.includes('TypeError')]).toEqual([false, false, false, false]);
  }, 60_000);
});

// Keep spawnSync/BIN/ROOT imports meaningful for a direct run of the binary when debugging.
void spawnSync;
void BIN;
void ROOT;
