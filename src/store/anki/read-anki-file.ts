/**
 * `drillbit import FILE`: reads an Anki package (.apkg/.colpkg, old or current
 * layout) or an Anki text export, refusing anything too big before reading
 * it. Packages are recognised by content (a zip), not by name.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DrillbitError } from '../../core/errors.js';
import type { AnkiCollection } from '../../core/anki/anki-note.js';
import { parseTsv } from '../../core/anki/tsv.js';
import { DEFAULT_LIMITS, mib, type ImportLimits } from './limits.js';
import { readCollection } from './read-collection.js';
import { unzipMember, zipListing } from './unzip.js';
import { unzstd } from './zstd.js';

/** Collection files in order of preference: the current layout's real collection comes first (its collection.anki2 is a dummy). */
const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

export async function readAnkiFile(path: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<AnkiCollection> {
  const name = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new DrillbitError(`${path} is not a file; give the path of an .apkg, .colpkg or exported .txt file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof DrillbitError) throw error;
    throw new DrillbitError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
  if (size > limits.maxFileBytes) throw new DrillbitError(`${name} is ${mib(size)}, more than the ${mib(limits.maxFileBytes)} drillbit imports; export fewer decks from Anki`);
  const bytes = new Uint8Array(readFileSync(path));
  if (isZip(bytes)) return readPackage(bytes, name, limits);
  if (/\.(apkg|colpkg|zip)$/i.test(name)) throw new DrillbitError(`${name} is not a zip file, so not an Anki package; export it from Anki again`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DrillbitError(`${name} is neither an Anki package nor UTF-8 text; import an .apkg, .colpkg or a "Notes in Plain Text" export`);
  }
  return parseTsv(text, name);
}

async function readPackage(bytes: Uint8Array, name: string, limits: ImportLimits): Promise<AnkiCollection> {
  const listing = zipListing(bytes, name);
  const member = COLLECTIONS.find((m) => listing.has(m));
  if (!member) throw new DrillbitError(`${name} is a zip but not an Anki package (no ${COLLECTIONS.join(', ')} inside)`);
  const packed = unzipMember(bytes, member, listing.get(member)!, limits.maxUnpackedBytes, name);
  const what = `${name}: ${member}`;
  const db = member === 'collection.anki21b' ? unzstd(packed, limits.maxUnpackedBytes, what) : packed;
  return readCollection(db, what);
}
