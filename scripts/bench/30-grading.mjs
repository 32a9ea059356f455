// Grading budgets: one grade ≤ 1 ms median (12-criterion rubric, 200-word
// answer, in-process; and the same for reference-only grading); batch-grading
// the 2,273 Mohler answers with the built binary ≤ 2 s wall including process
// start; 4,562 SciEntsBank answers (the size of the kept-back unseen-domains
// split; the first 4,562 of the training split stand in for it) ≤ 4 s wall;
// `drillbit grade` start-up ≤ 1.5 × `node -e 0`.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  const { gradeReference } = await import(join(root, 'dist/core/grading/index.js'));
  const reference = 'The execution role lets the ECS agent pull the image from ECR and write logs to CloudWatch; the task role gives your application code its AWS permissions, such as reading an S3 bucket.';
  const question = 'What do the two ECS roles do?';
  for (let i = 0; i < 200; i++) gradeReference(reference, answers[i % answers.length], question); // warm-up
  const refTimes = [];
  for (let round = 0; round < 50; round++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) gradeReference(reference, answers[i], question);
    refTimes.push(Number(process.hrtime.bigint() - t0) / 1e6 / 20);
  }
  const oneRef = median(refTimes);
  rows.push({ name: 'grade one answer, reference-only (200 words)', figure: `${oneRef.toFixed(3)} ms median`, budget: '≤ 1 ms', ok: oneRef <= 1 });

  const batches = [
    { set: 'mohler/answers.jsonl', label: 'Mohler', limit: Infinity, budget: 2000, line: (r) => ({ reference: r.reference_answer, answer: r.student_answer, question: r.question }) },
    { set: 'scientsbank/train.jsonl', label: 'SciEntsBank', limit: 4562, budget: 4000, line: (r) => ({ reference: r.reference, answer: r.answer, question: r.question }) },
  ];
  for (const b of batches) {
    const source = join(benchmarksDir(root), b.set);
    if (!existsSync(source)) {
      rows.push({ name: `grade --batch, ${b.label} answers`, figure: `missing ${source}`, budget: `≤ ${b.budget} ms`, ok: false });
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'drillbit-bench-'));
    const file = join(dir, 'batch.jsonl');
    const lines = readFileSync(source, 'utf8').split('\n').filter((l) => l.trim()).slice(0, b.limit).map((l) => JSON.stringify(b.line(JSON.parse(l))));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const ms = wall(process.execPath, [bin, 'grade', '--batch', file, '--json'], { runs: 5 });
    rmSync(dir, { recursive: true, force: true });
    rows.push({ name: `grade --batch, ${lines.length} ${b.label} answers`, figure: `${ms.toFixed(0)} ms wall`, budget: `≤ ${b.budget} ms`, ok: ms <= b.budget });
  }

  const dir = mkdtempSync(join(tmpdir(), 'drillbit-bench-'));
  const tiny = join(dir, 'one.jsonl');
  writeFileSync(tiny, `${JSON.stringify({ reference: 'the task role calls S3', answer: 'task role calls S3' })}\n`);
  const start = drillbit(['grade', '--batch', tiny, '--json']);
  rmSync(dir, { recursive: true, force: true });
  const ratio = start / baselineMs;
  rows.push({ name: 'drillbit grade (one answer) wall time', figure: `${start.toFixed(1)} ms = ${ratio.toFixed(2)}×`, budget: '≤ 1.5× node -e 0', ok: ratio <= 1.5 });
  return rows;
}
