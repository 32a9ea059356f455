import type { Deck, Drill } from '../../src/core/deck/index.js';
import type { StatsData } from '../../src/tui/backend.js';

/** A small deck for screen tests. */
export const deck: Deck = {
  id: 'containers',
  title: 'Containers on managed services',
  cards: [
    {
      id: 'fargate-orchestrator',
      kind: 'text',
      prompt: 'Is Fargate an orchestrator?',
      answer: 'No. Fargate is a compute engine; ECS or EKS orchestrates.',
    },
    {
      id: 'cloudrun-grace',
      kind: 'text',
      prompt: 'How long does Cloud Run wait after SIGTERM?',
      answer: '10 seconds.',
    },
  ],
};

export const secondDeck: Deck = {
  id: 'subnets',
  title: 'Subnet sizing',
  cards: [{ id: 'reserved', kind: 'text', prompt: 'How many addresses does AWS reserve per subnet?', answer: 'Five.' }],
};

export const drill: Drill = {
  id: 'deployment-sketch',
  title: 'Deployment sketch',
  minutes: 15,
  instructions: 'Sketch the deployment.',
  sections: [{ id: 'fargate.image', prompt: 'Image?', answer: 'ECR, pinned tag.', rubric: { criteria: [{ id: 'ecr', any: ['ECR'] }] } }],
};

/** A fixed clock: Thursday 26 November 2026, 12:00 UTC. */
export const NOW = new Date('2026-11-26T12:00:00Z');

export const stats: StatsData = {
  perDay: [...Array<number>(20).fill(0), 1, 0, 3, 8, 0, 2, 4],
  todayWeekday: 3,
  forecast: [4, 0, 2, 8, 1, ...Array<number>(25).fill(0)],
  retention: 0.87,
  streak: 2,
  reviewsTotal: 18,
  leeches: [{ key: 'containers/fargate-orchestrator', prompt: 'Is Fargate an orchestrator?', lapses: 5 }],
};
