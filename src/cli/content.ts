/**
 * Reads deck and drill files from disk and hands the text to core's parser.
 * Bundled content lives in decks/ and drills/ beside dist/; the learner's own
 * decks in the data directory's decks/ folder; DRILLBIT_DECKS (colon-separated
 * files or folders) replaces both. Validated files are cached by content hash,
 * so the YAML parser and the schema library load only when a file changed.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, DrillbitError, type Problem } from '../core/errors.js';
import type { Deck, Drill, ParseResult } from '../core/deck/index.js';
import { cacheDir, contentHash, noContentCache, openContentCache, type ContentCache } from '../store/content-cache.js';
import { dataDir } from '../store/data-dir.js';
import { packageRoot } from './package-root.js';
import { packageVersion } from './version.js';

export const bundledDir = (name: 'decks' | 'drills'): string => join(packageRoot(), name);

const YAML_FILE = /\.ya?ml$/i;

/** The YAML files at `path`: the file itself, or every .yaml/.yml below a folder, sorted. */
export function yamlFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new DrillbitError(`cannot read ${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => YAML_FILE.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** A display name for a file: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DrillbitError(`cannot read ${displayPath(file)} (${code ?? 'error'}); check the path and its permissions`);
  }
}

export type ContentKind = 'deck' | 'drill';

/** Looks at the top-level keys to tell a drill file from a deck file. */
export function contentKind(source: string): ContentKind {
  return /^(minutes|sections|generator)\s*:/m.test(source) && !/^cards\s*:/m.test(source) ? 'drill' : 'deck';
}

export interface LoadedFile {
  file: string;
  kind: ContentKind;
  result: ParseResult<Deck> | ParseResult<Drill>;
}

let cache: ContentCache | undefined;

/** The content cache for this build (none with DRILLBIT_NO_CACHE=1). */
function contentCache(): ContentCache {
  if (!cache) {
    const build = `${packageVersion()}:${statSync(new URL(import.meta.url)).mtimeMs}`;
    cache = process.env['DRILLBIT_NO_CACHE'] ? noContentCache : openContentCache(join(cacheDir(), 'content'), build);
  }
  return cache;
}

/** The same cache for results derived from a file's text (lint's example grades), under a key of their own. */
export function derivedCache(): ContentCache {
  return contentCache();
}

/** Parses and validates one file; a file unchanged since it last validated comes from the cache. */
export async function parseFile(file: string, kind?: ContentKind): Promise<LoadedFile> {
  const source = readText(file);
  const as = kind ?? contentKind(source);
  const hash = contentHash(`${as}\n${source}`);
  const hit = contentCache().get(file, hash);
  if (hit !== undefined) return { file, kind: as, result: { value: hit as Deck & Drill, problems: [] } };
  const { parseDeck, parseDrill } = await import('../core/deck/parse.js');
  const name = displayPath(file);
  const result = as === 'drill' ? parseDrill(source, name) : parseDeck(source, name);
  if (result.value && result.problems.length === 0) contentCache().set(file, hash, result.value);
  return { file, kind: as, result };
}

async function loadAll<T>(paths: readonly string[], kind: ContentKind): Promise<T[]> {
  const values: T[] = [];
  const problems: Problem[] = [];
  for (const file of paths.flatMap(yamlFiles)) {
    const { result } = await parseFile(file, kind);
    problems.push(...result.problems);
    if (result.value) values.push(result.value as T);
  }
  if (problems.length) throw new ContentError(problems);
  return values;
}

/**
 * Where decks come from: DRILLBIT_DECKS if set, else the bundled decks plus
 * the learner's own in `<data dir>/decks` when that folder exists.
 */
export function deckPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env['DRILLBIT_DECKS']?.split(':').filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  const own = join(dataDir(env), 'decks');
  return existsSync(own) ? [bundledDir('decks'), own] : [bundledDir('decks')];
}

/** Decks from `paths` (default: deckPaths()). Throws ContentError listing every problem. */
export async function loadDecks(paths: readonly string[] = deckPaths()): Promise<Deck[]> {
  const decks = await loadAll<Deck>(paths, 'deck');
  const seen = new Set<string>();
  for (const deck of decks) {
    if (seen.has(deck.id)) throw new DrillbitError(`two decks have the id "${deck.id}"; give each deck its own id`);
    seen.add(deck.id);
  }
  return decks;
}

export async function loadDrills(paths: readonly string[] = [bundledDir('drills')]): Promise<Drill[]> {
  return loadAll<Drill>(paths, 'drill');
}

/** Finds a card by `deckId/cardId` or a bare card id (which must be unique across decks). */
export function findCard(decks: readonly Deck[], ref: string): { deck: Deck; card: Deck['cards'][number] } {
  const slash = ref.indexOf('/');
  const deckId = slash >= 0 ? ref.slice(0, slash) : undefined;
  const cardId = slash >= 0 ? ref.slice(slash + 1) : ref;
  const hits = decks
    .filter((d) => deckId === undefined || d.id === deckId)
    .flatMap((deck) => deck.cards.filter((c) => c.id === cardId).map((card) => ({ deck, card })));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new DrillbitError(`card id "${cardId}" is in several decks (${hits.map((h) => h.deck.id).join(', ')}); write it as deckId/${cardId}`);
  const near = decks
    .flatMap((d) => d.cards.map((c) => `${d.id}/${c.id}`))
    .filter((key) => cardId.length >= 3 && key.includes(cardId.split('.').pop()!.slice(0, 6)))
    .slice(0, 3);
  const hint = near.length ? `did you mean ${near.join(', ')}?` : 'card ids are the "id:" lines of the deck files (drillbit lint lists the files)';
  throw new DrillbitError(`no card "${ref}"; ${hint}`);
}
