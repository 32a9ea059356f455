/**
 * The migration loop of migrateState. The table is empty while schema 1 is
 * the only format, so these tests put steps in it (and take them out again)
 * to pin how the loop applies them: the step for the document's version,
 * the version stamped after it, and no step for a current document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateState } from '../../src/store/migrate.js';
import { SCHEMA_VERSION } from '../../src/store/records.js';

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;
const table = MIGRATIONS as Record<number, Step>;

afterEach(() => {
  for (const k of Object.keys(table)) delete table[Number(k)];
});

describe('migrateState', () => {
  it('ships with no steps (schema 1 is the first format)', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('applies the step for an older document and stamps the version it reached', () => {
    const seen: unknown[] = [];
    table[SCHEMA_VERSION - 1] = (doc) => {
      seen.push({ ...doc });
      return { ...doc, added: true };
    };
    expect(migrateState({ schemaVersion: SCHEMA_VERSION - 1, kept: 'x' }, 'state.json')).toEqual({ schemaVersion: SCHEMA_VERSION, kept: 'x', added: true });
    expect(seen).toEqual([{ schemaVersion: SCHEMA_VERSION - 1, kept: 'x' }]);
  });

  it('applies one step after another, each on the result of the one before', () => {
    table[SCHEMA_VERSION - 2] = (doc) => ({ ...doc, trail: [...(doc['trail'] as string[]), `from ${String(doc['schemaVersion'])}`] });
    table[SCHEMA_VERSION - 1] = table[SCHEMA_VERSION - 2]!;
    expect(migrateState({ schemaVersion: SCHEMA_VERSION - 2, trail: [] }, 'state.json')).toEqual({
      schemaVersion: SCHEMA_VERSION,
      trail: [`from ${SCHEMA_VERSION - 2}`, `from ${SCHEMA_VERSION - 1}`],
    });
  });

  it('never runs a step on a current document, nor on one without a version (taken as current)', () => {
    table[SCHEMA_VERSION] = () => {
      throw new Error('a current document must not be migrated');
    };
    table[SCHEMA_VERSION - 1] = table[SCHEMA_VERSION]!;
    expect(migrateState({ schemaVersion: SCHEMA_VERSION, a: 1 }, 'state.json')).toEqual({ schemaVersion: SCHEMA_VERSION, a: 1 });
    expect(migrateState({ a: 1 }, 'state.json')).toEqual({ a: 1 });
    expect(migrateState({ schemaVersion: '0', a: 1 }, 'state.json')).toEqual({ schemaVersion: '0', a: 1 });
  });

  it('an older document with no step for its version is left as it is, for validation to refuse', () => {
    const old = { schemaVersion: SCHEMA_VERSION - 1, a: 1 };
    expect(migrateState(old, 'state.json')).toBe(old);
    expect(old).toEqual({ schemaVersion: SCHEMA_VERSION - 1, a: 1 });
  });

  it('a missing step stops the loop where it is, even below it', () => {
    table[SCHEMA_VERSION - 1] = (doc) => ({ ...doc, ran: true });
    expect(migrateState({ schemaVersion: SCHEMA_VERSION - 3 }, 'state.json')).toEqual({ schemaVersion: SCHEMA_VERSION - 3 });
  });
});
