import { describe, expect, it } from 'vitest';
import { buildTermStats, scoreReference } from '../../../../src/core/grading/reference/index.js';

// Synthetic items written for this test (not the Mohler data): each answer has
// a hand label 0..5. The scorer's ranking should broadly agree with the labels.
const items: { q: string; ref: string; answers: [string, number][] }[] = [
  {
    q: 'What does a load balancer do?',
    ref: 'It distributes incoming requests across several healthy servers.',
    answers: [
      ['It spreads incoming requests over several healthy servers.', 5],
      ['Distributes requests across servers.', 4],
      ['It sends traffic to servers.', 3],
      ['It balances the load.', 1],
      ['It encrypts the database.', 0],
    ],
  },
  {
    q: 'What is a container image?',
    ref: 'A read-only template with the application code, runtime and dependencies used to start containers.',
    answers: [
      ['A read-only template holding application code, runtime and dependencies from which containers start.', 5],
      ['A template with the code and dependencies of the application.', 4],
      ['The packaged application code.', 2],
      ['A container.', 0],
      ['A kind of virtual network cable.', 0],
    ],
  },
  {
    q: 'Why use a queue between two services?',
    ref: 'To decouple the producer from the consumer so bursts are buffered and failures do not propagate.',
    answers: [
      ['It decouples producer and consumer, buffers bursts and stops failures propagating.', 5],
      ['To buffer bursts between the producer and the consumer.', 4],
      ['Decoupling.', 3],
      ['Because services are used.', 0],
      ['To make the user interface prettier.', 0],
    ],
  },
];

function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('sanity: correlation with hand labels on synthetic items', () => {
  const corpus = buildTermStats(items.flatMap((it) => [it.q, it.ref]));
  const pred: number[] = [];
  const gold: number[] = [];
  for (const it of items) {
    for (const [answer, label] of it.answers) {
      pred.push(scoreReference(it.ref, answer, it.q, corpus).score);
      gold.push(label);
    }
  }

  it('Pearson r ≥ 0.8', () => {
    expect(pearson(pred, gold)).toBeGreaterThanOrEqual(0.8);
  });

  it('within each item the best-labelled answer scores highest and the wrong one is never judged correct', () => {
    let k = 0;
    for (const it of items) {
      const scores = it.answers.map(() => pred[k++]!);
      expect(Math.max(...scores)).toBe(scores[0]);
      expect(scoreReference(it.ref, it.answers[0]![0], it.q, corpus).correct).toBe(true);
      expect(scoreReference(it.ref, it.answers[it.answers.length - 1]![0], it.q, corpus).correct).toBe(false);
    }
  });
});
