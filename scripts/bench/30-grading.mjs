// Grading budgets: one grade ≤ 1 ms median (12-criterion rubric, 200-word
// answer, in-process); batch-grading the 2,273 Mohler answers with the built
// binary ≤ 2 s wall including process start; `drillbit grade` start-up
// ≤ 1.5 × `node -e 0`.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchmarksDir } from '../benchmarks-dir.mjs';

const WORDS = 'the execution role lets the ecs agent pull the image from ecr and write logs to cloudwatch while the task role gives your code its aws permissions such as reading an s3 bucket and fargate is not an orchestrator it is capacity'.split(' ');

function benchCard() {
  const phrases = (i) => [`term${i} alpha`, `beta${i}`, WORDS[i % WORDS.length], `${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 3 + 1) % WORDS.length]}`];
  const criteria = Array.from({ length: 12 }, (_, i) =>
    i % 4 === 1
      ? { id: `c${i}`, together: [phrases(i), phrases(i + 1)] }
      : i % 4 === 2
        ? { id: `c${i}`, polarity: 'deny', any: phrases(i) }
        : { id: `c${i}`, weight: 1 + (i % 3), any: phrases(i) },
  );
  return {
    id: 'bench',
    kind: 'text',
    prompt: 'What do the two ECS roles do?',
    answer: 'The execution role pulls the image; the task role gives your code AWS permissions.',
    rubric: { criteria, contradictions: [{ id: 'x', together: [['task role'], ['pull']] }, { id: 'y', any: ['same thing'] }] },
  };
}

function answer200(seed) {
  const out = [];
  for (let i = 0; out.length < 200; i++) {
    out.push(WORDS[(i * 7 + seed) % WORDS.length]);
    if (i % 17 === 16) out[out.length - 1] += '.';
    if (i % 11 === 10) out[out.length - 1] += ',';
  }
  return out.join(' ');
}

export default async function grading({ root, bin, drillbit, baselineMs, median, wall }) {
  const rows = [];
  const { gradeCard } = await import(join(root, 'dist/core/grading/index.js'));
  const card = benchCard();
  const answers = Array.from({ length: 20 }, (_, i) => answer200(i));
  for (let i = 0; i < 200; i++) gradeCard(card, answers[i % answers.length]); // warm-up (and compile the card once)
  const times = [];
  for (let round = 0; round < 50; round++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) gradeCard(card, answers[i]);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6 / 20);
  }
  const one = median(times);
  rows.push({ name: 'grade one answer (12 criteria, 200 words)', figure: `${one.toFixed(3)} ms median`, budget: '≤ 1 ms', ok: one <= 1 });

  const mohler = join(benchmarksDir(root), 'mohler', 'answers.jsonl');
  if (existsSync(mohler)) {
    const dir = mkdtempSync(join(tmpdir(), 'drillbit-bench-'));
    const file = join(dir, 'mohler.jsonl');
    const lines = readFileSync(mohler, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const r = JSON.parse(l);
      return JSON.stringify({ reference: r.reference_answer, answer: r.student_answer, question: r.question });
    });
    writeFileSync(file, `${lines.join('\n')}\n`);
    const ms = wall(process.execPath, [bin, 'grade', '--batch', file, '--json'], { runs: 5 });
    rows.push({ name: `grade --batch, ${lines.length} Mohler answers`, figure: `${ms.toFixed(0)} ms wall`, budget: '≤ 2000 ms', ok: ms <= 2000 });
  } else {
    rows.push({ name: 'grade --batch, Mohler answers', figure: `missing ${mohler}`, budget: '≤ 2000 ms', ok: false });
  }

  const dir = mkdtempSync(join(tmpdir(), 'drillbit-bench-'));
  const tiny = join(dir, 'one.jsonl');
  writeFileSync(tiny, `${JSON.stringify({ reference: 'the task role calls S3', answer: 'task role calls S3' })}\n`);
  const start = drillbit(['grade', '--batch', tiny, '--json']);
  const ratio = start / baselineMs;
  rows.push({ name: 'drillbit grade (one answer) wall time', figure: `${start.toFixed(1)} ms = ${ratio.toFixed(2)}×`, budget: '≤ 1.5× node -e 0', ok: ratio <= 1.5 });
  return rows;
}
