import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';
import { gradeCard } from '../../../src/core/grading/index.js';
it('detail', async () => {
  const decks = await loadDecks([bundledDir('decks')]);
  const want = (process.env.IDS ?? '').split(',');
  for (const line of readFileSync(new URL('./fixtures/held-out-5.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean)) {
    const row = JSON.parse(line);
    const { deck, card } = findCard(decks, row.card);
    const r = gradeCard(card, row.answer, deck);
    if (r.verdict === row.label || !want.some((w) => row.card.includes(w))) continue;
    console.log(`\n== ${row.card} ${row.label} → ${r.verdict} ${r.score.toFixed(2)}\n${row.answer}`);
    for (const c of r.criteria) console.log(`  ${c.met ? '✓' : '✗'} ${c.id} w${c.weight.toFixed(2)} ${c.met ? c.evidence : ''}`);
    for (const c of r.contradictions) console.log(`  ! ${c.id}: ${c.evidence}`);
    console.log('  notes', r.notes.join('; '));
  }
});
