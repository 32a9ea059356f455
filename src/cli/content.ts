/**
 * Reads deck and drill files from disk and hands the text to core's parser.
 * Bundled content lives in decks/ and drills/ beside dist/; the learner's own
 * decks in the data directory's decks/ folder; DRILLBIT_DECKS (colon-separated
 * files or folders) replaces both. Validated files are cached by content hash,
 * so the YAML parser and the schema library load only when a file changed.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, DrillbitError, formatProblem, type Problem } from '../core/errors.js';
import { decodeUtf8, MAX_CONTENT_BYTES } from './decode-content.js';
import type { Deck, Drill, ParseResult } from '../core/deck/index.js';
import { cacheDir, contentHash, noContentCache, openContentCache, type ContentCache } from '../store/content-cache.js';
import { dataDir } from '../store/data-dir.js';
import { packageRoot } from './package-root.js';
import { packageVersion } from './version.js';
import { commandName } from './command-name.js';

export const bundledDir = (name: 'decks' | 'drills'): string => join(packageRoot(), name);

const YAML_FILE = /\.ya?ml$/i;

/** The YAML files at `path`: the file itself, or every regular .yaml/.yml file below a folder, sorted. */
export function yamlFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new DrillbitError(`cannot read ${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  // Only regular files: a FIFO or a device named *.yaml would block or never end.
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => YAML_FILE.test(name) && isRegularFile(join(path, name)))
    .sort()
    .map((name) => join(path, name));
}

const isRegularFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** A display name for a file: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * The text of a content file, or the problem that stops it being read: not a
 * regular file (checked on the open descriptor, so a FIFO never blocks),
 * too large, or not UTF-8.
 */
export function readText(file: string): { text: string } | { problem: Problem } {
  const at = (message: string, line = 1, col = 1): { problem: Problem } => ({ problem: { file: displayPath(file), line, col, message } });
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DrillbitError(`cannot read ${displayPath(file)} (${code ?? 'error'}); check the path and its permissions`);
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return at('not a regular file (a device, a pipe or a socket); give a deck file or a folder of them');
    if (stat.size > MAX_CONTENT_BYTES) return at(`the file is ${stat.size} bytes; a deck or drill file may be at most ${MAX_CONTENT_BYTES} bytes, so split it`);
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  return decodeUtf8(bytes, at);
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

/** Set by scripts/bundle.mjs: one id for both bundles of a build, so they share cache entries. */
declare const __DRILLBIT_BUILD__: string | undefined;

/** The content cache for this build (none with DRILLBIT_NO_CACHE=1). */
function contentCache(): ContentCache {
  if (!cache) {
    // Unbundled (ts-node, dist/ from tsc): this module's own time stamp stands in for a build id.
    const id = typeof __DRILLBIT_BUILD__ === 'string' ? __DRILLBIT_BUILD__ : statSync(new URL(import.meta.url)).mtimeMs;
    const build = `${packageVersion()}:${id}`;
    cache = process.env['DRILLBIT_NO_CACHE'] ? noContentCache : openContentCache(join(cacheDir(), 'content'), build);
  }
  return cache;
}

/** The same cache for results derived from a file's text (lint's example grades), under a key of their own. */
export function derivedCache(): ContentCache {
  return contentCache();
}

/** Parses and validates one file; a file unchanged since it last validated comes from the cache. */
export async function parseFile(file: string, kind?: ContentKind, read = readText(file)): Promise<LoadedFile> {
  if ('problem' in read) return { file, kind: kind ?? 'deck', result: { problems: [read.problem] } };
  const source = read.text;
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

async function loadAll<T>(paths: readonly string[], kind: ContentKind): Promise<{ file: string; value?: T; problems: Problem[] }[]> {
  const out: { file: string; value?: T; problems: Problem[] }[] = [];
  for (const file of paths.flatMap(yamlFiles)) {
    const { result } = await parseFile(file, kind);
    out.push({ file, value: result.value as T | undefined, problems: result.problems });
  }
  return out;
}

/** The one-line warning for a deck skipped because of its problems. */
export function skippedDeck(problems: readonly Problem[]): string {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})` : '';
  return `skipped deck ${formatProblem(first)}${more}; "${commandName()} lint ${first.file}" lists every problem`;
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

/**
 * Decks from `paths` (default: deckPaths()). A deck file with problems is
 * skipped with a one-line warning (`warn`, default stderr) so that one broken
 * deck does not stop the others; two decks with one id are an error naming both.
 */
export async function loadDecks(paths: readonly string[] = deckPaths(), warn: (message: string) => void = (m) => void process.stderr.write(`drillbit: ${m}\n`)): Promise<Deck[]> {
  const decks: Deck[] = [];
  const seen = new Map<string, string>();
  for (const { file, value, problems } of await loadAll<Deck>(paths, 'deck')) {
    if (!value || problems.length) {
      warn(skippedDeck(problems.length ? problems : [{ file: displayPath(file), line: 1, col: 1, message: 'not a deck' }]));
      continue;
    }
    const first = seen.get(value.id);
    if (first !== undefined) throw new DrillbitError(`two decks have the id "${value.id}": ${first} and ${displayPath(file)}; give each deck its own id`);
    seen.set(value.id, displayPath(file));
    decks.push(value);
  }
  return decks;
}

export async function loadDrills(paths: readonly string[] = [bundledDir('drills')]): Promise<Drill[]> {
  const loaded = await loadAll<Drill>(paths, 'drill');
  const problems = loaded.flatMap((l) => l.problems);
  if (problems.length) throw new ContentError(problems);
  return loaded.map((l) => l.value!);
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
  const hint = near.length ? `did you mean ${near.join(', ')}?` : `card ids are the "id:" lines of the deck files (${commandName()} lint lists the files)`;
  throw new DrillbitError(`no card "${ref}"; ${hint}`);
}
