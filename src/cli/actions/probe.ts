/**
 * `drillbit lint --probe [PATH...] [--json]`: rubric mutation tests. Each
 * deck must validate first (its problems are printed as lint prints them);
 * then every rubric card's model answer and its mutants are graded, and every
 * mutant graded correct — or model answer that is not — is reported as
 * `file:line: card ID: probe KIND passes: "…"`. Exit 1 when there is any.
 */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../../core/errors.js';
import type { Deck } from '../../core/deck/index.js';
import { displayPath, parseFile } from '../content.js';
import { lintFiles } from './lint.js';
import { quote } from './lint-quote.js';
import { commandName } from '../command-name.js';

interface JsonFinding {
  file: string;
  line: number;
  card: string;
  kind: string;
  detail?: string;
  verdict: string;
  score: number;
  text: string;
}

export async function runProbe(paths: string[], options: { json?: boolean }): Promise<void> {
  const [{ probeDeck, loadTagger, PROBE_KINDS }, { locateCards }] = await Promise.all([import('../../core/probe/index.js'), import('../../core/deck/locate.js')]);
  const tag = await loadTagger();
  const findings: JsonFinding[] = [];
  const kinds = Object.fromEntries(PROBE_KINDS.map((k) => [k, { generated: 0, caught: 0 }]));
  let cards = 0;
  let invalid = 0;
  for (const file of lintFiles(paths)) {
    const { kind, result } = await parseFile(file);
    if (kind !== 'deck') continue;
    const name = displayPath(file);
    if (!result.value) {
      for (const problem of result.problems) process.stdout.write(`${formatProblem(problem)}\n`);
      invalid += result.problems.length;
      continue;
    }
    const report = probeDeck(result.value as Deck, tag);
    const positions = locateCards(readFileSync(file, 'utf8'));
    cards += report.cards;
    for (const [k, tally] of Object.entries(report.kinds)) {
      kinds[k]!.generated += tally.generated;
      kinds[k]!.caught += tally.caught;
    }
    for (const f of report.findings) {
      const line = positions[f.cardIndex]?.line ?? 1;
      const finding: JsonFinding = { file: name, line, card: f.cardId, kind: f.kind, verdict: f.verdict, score: Number(f.score.toFixed(3)), text: f.text };
      if (f.detail !== undefined) finding.detail = f.detail;
      findings.push(finding);
      if (options.json) continue;
      const what = f.kind === 'model' ? `model answer is graded ${f.verdict} (${f.score.toFixed(2)})` : `probe ${f.kind}${f.detail ? ` (${f.detail})` : ''} passes`;
      process.stdout.write(`${name}:${line}: card ${f.cardId}: ${what}: ${quote(f.text)}\n`);
    }
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ cards, kinds, findings })}\n`);
  const tally = Object.entries(kinds).map(([k, t]) => `${k} ${t.caught}/${t.generated}`).join(', ');
  if (invalid > 0) {
    process.stderr.write(`drillbit: ${invalid} problem${invalid === 1 ? '' : 's'}: fix them (${commandName()} lint) before probing\n`);
    process.exitCode = 1;
  } else if (findings.length > 0) {
    process.stderr.write(`drillbit: ${findings.length} rubric finding${findings.length === 1 ? '' : 's'} in ${cards} cards probed (mutants caught: ${tally})\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`${cards} cards probed, every mutant caught (${tally})\n`);
  }
}
