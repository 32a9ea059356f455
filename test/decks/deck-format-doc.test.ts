import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  alternativeSchema,
  CARD_KINDS,
  cardSchema,
  contradictionSchema,
  criterionSchema,
  deckSchema,
  exampleSchema,
  MATCHER_KEYS,
  numberSpecSchema,
  parseDeck,
  rubricSchema,
  thresholdsSchema,
} from '../../src/core/deck/index.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DOC = readFileSync(`${ROOT}/docs/deck-format.md`, 'utf8');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The body of the first fenced block with `lang` after `marker` in the doc. */
function blockAfter(marker: string, lang = ''): string {
  const start = DOC.indexOf(marker);
  if (start < 0) throw new Error(`docs/deck-format.md has no "${marker}"`);
  const open = DOC.indexOf(`\`\`\`${lang}\n`, start);
  const body = open + lang.length + 4;
  return DOC.slice(body, DOC.indexOf('```', body));
}

describe('docs/deck-format.md', () => {
  it('documents every key of every schema object', () => {
    const schemas = { deckSchema, cardSchema, rubricSchema, criterionSchema, contradictionSchema, alternativeSchema, numberSpecSchema, thresholdsSchema, exampleSchema };
    const missing = Object.entries(schemas).flatMap(([name, schema]) =>
      Object.keys(schema.shape)
        .filter((key) => !DOC.includes(`\`${key}\``))
        .map((key) => `${name}.${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('documents every card kind, every matcher and both polarities', () => {
    const words = [...CARD_KINDS, ...MATCHER_KEYS, 'affirm', 'deny', 'subnet-bits'];
    expect(words.filter((w) => !DOC.includes(`\`${w}\``))).toEqual([]);
  });

  it('states the engine default thresholds and contradiction cap', () => {
    expect(DOC).toContain('**correct ≥ 0.75, partial ≥ 0.4**');
    expect(DOC).toContain('**Default 0.2.**');
  });

  it('its worked example card is a valid deck card', () => {
    const yaml = `id: doc-example\ntitle: Worked example\n${blockAfter('## A worked example', 'yaml')}`;
    const result = parseDeck(yaml, 'doc-example.yaml');
    expect(result.problems).toEqual([]);
    expect(result.value?.cards.map((c) => c.id)).toEqual(['myth.task-role-equals-execution-role']);
  });

  it('shows the broken example file and exactly what lint prints for it', () => {
    expect(blockAfter('Example, for a deliberately broken file', 'yaml')).toBe(readFileSync(`${FIXTURES}broken.yaml`, 'utf8'));
    const shown = blockAfter('`drillbit lint broken.yaml` prints:');
    const r = runCli(['lint', 'broken.yaml'], { cwd: FIXTURES });
    expect(r.stdout).toBe(shown);
    expect(r.stderr).toBe('drillbit: 8 problems in 1 file\n');
    expect(DOC).toContain('`drillbit: 8 problems in 1 file`');
    expect(r.status).toBe(1);
  });
});
