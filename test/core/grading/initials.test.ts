import { describe, expect, it } from 'vitest';
import { expandInitials, expandInitialsMapped } from '../../../src/core/grading/initials.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';

describe('expandInitials', () => {
  const names = ['cloud run', 'azure container apps', 'container apps', 'ecs'];

  it('writes out capitalised initials of the card\'s multi-word names', () => {
    expect(expandInitials('CR: fixed 10s', names)).toBe('Cloud Run: fixed 10s');
    expect(expandInitials("CR's window is fixed", names)).toBe("Cloud Run's window is fixed");
    expect(expandInitials('ACA gives 30 s', names, ['container apps'])).toBe('Container Apps gives 30 s');
    expect(expandInitials('ACA gives 30 s', names)).toBe('Azure Container Apps gives 30 s');
  });

  it('leaves lower case, unknown, shared and already-named initials alone', () => {
    expect(expandInitials('cr: fixed', names)).toBe('cr: fixed');
    expect(expandInitials('build it in CI, tag it by SHA', names)).toBe('build it in CI, tag it by SHA');
    expect(expandInitials('CR or ECS', ['cloud run', 'container registry'])).toBe('CR or ECS');
    expect(expandInitials('ACA gives 30 s', names, ['aca'])).toBe('ACA gives 30 s');
    expect(expandInitials('CRUD apps', names)).toBe('CRUD apps');
  });
});

describe('expandInitialsMapped', () => {
  const names = ['cloud run', 'azure container apps'];

  it('quotes a span of the expanded text with the initials as typed, each in its place', () => {
    const e = expandInitialsMapped('CR: fixed 10s; ACA: 30 s, and Cloud Run scales', names);
    expect(e.text).toBe('Cloud Run: fixed 10s; Azure Container Apps: 30 s, and Cloud Run scales');
    expect(e.asWritten('Cloud Run: fixed 10s')).toBe('CR: fixed 10s');
    expect(e.asWritten('Azure Container Apps: 30 s, and Cloud Run scales')).toBe('ACA: 30 s, and Cloud Run scales');
    expect(e.asWritten(e.text)).toBe('CR: fixed 10s; ACA: 30 s, and Cloud Run scales');
  });

  it('returns a span it cannot find, or any span of an answer without initials, unchanged', () => {
    expect(expandInitialsMapped('CR: fixed', names).asWritten('something else')).toBe('something else');
    expect(expandInitialsMapped('cloud run: fixed', names).asWritten('cloud run')).toBe('cloud run');
  });
});

describe('initials on the bundled deck', () => {
  it('"CR" counts as Cloud Run where the card talks about Cloud Run', async () => {
    const decks = await loadDecks([bundledDir('decks')]);
    const { deck, card } = findCard(decks, 'howto.hides-and-exposes');
    const short = gradeCard(card, 'CR: hides certs/LB/scaling infra, shows you cold starts. fargate: hides the EC2 hosts + patching, shows you subnet IP math (ENI per task)', deck);
    expect(short.criteria.find((c) => c.id === 'cloud-run-hides')?.met).toBe(true);
    expect(short.verdict).toBe('correct');
    // The ✓ quotes what was typed, not the name it was read as.
    expect(short.criteria.find((c) => c.id === 'cloud-run-hides')?.evidence).toBe('CR: hides certs/LB/scaling infra, shows you cold starts.');
  });
});
