/**
 * Schema migrations for state.json. Each step takes a document of version n
 * and returns version n + 1; version 1 is the first released format, so the
 * table is empty today. A document from a newer drillbit is refused, never
 * rewritten.
 */
import { DrillbitError } from '../core/errors.js';
import { SCHEMA_VERSION } from './records.js';

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades a version-n document to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Brings a parsed state document up to SCHEMA_VERSION (validation happens afterwards). */
export function migrateState(raw: unknown, file: string): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  let doc = raw as Record<string, unknown>;
  let version = typeof doc['schemaVersion'] === 'number' ? (doc['schemaVersion'] as number) : SCHEMA_VERSION;
  if (version > SCHEMA_VERSION) {
    throw new DrillbitError(`${file} was written by a newer drillbit (schema ${version}, this one reads ${SCHEMA_VERSION}); upgrade drillbit`);
  }
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    doc = step(doc);
    version++;
    doc['schemaVersion'] = version;
  }
  return doc;
}
