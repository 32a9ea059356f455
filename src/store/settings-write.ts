/**
 * Sets one key of settings.json and leaves every other key as it was (other
 * commands and the learner write there too): read, change, temp file, rename.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DrillbitError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-file.js';

export function writeSettingsKey(dir: string, key: string, value: unknown): void {
  const file = join(dir, 'settings.json');
  let doc: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new DrillbitError(`${file} is not a JSON object; fix or delete it`);
    doc = parsed as Record<string, unknown>;
  } catch (error) {
    if (error instanceof DrillbitError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new DrillbitError(`${file} could not be read as JSON; fix or delete it`);
  }
  doc[key] = value;
  writeFileAtomic(file, `${JSON.stringify(doc, null, 2)}\n`);
}
