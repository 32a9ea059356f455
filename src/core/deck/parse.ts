/**
 * YAML text → validated Deck or Drill, with every problem located at
 * `file:line:col`. Pure: the caller reads the file.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { deckSchema, drillSchema, type Deck, type Drill } from './schema.js';
import { checkDeckReferences, checkDrillReferences } from './references.js';
import { aliasBomb, mayHaveAliases } from './alias-bound.js';
import { unclosedOpening } from './yaml-opening.js';
import { sanitize, sanitizeDeep } from '../grading/sanitize.js';

export interface ParseResult<T> {
  /** Present when the file validated; problems may still hold warnings-free extra checks. */
  value?: T;
  problems: Problem[];
}

type Path = readonly (string | number)[];

interface Located {
  doc: Document;
  lines: LineCounter;
  file: string;
}

function position(loc: Located, offset: number): { line: number; col: number } {
  const { line, col } = loc.lines.linePos(offset);
  return { line, col };
}

/** The node at `path`, or the nearest existing ancestor. */
function nodeAt(loc: Located, path: Path): Node | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = loc.doc.getIn(path.slice(0, depth), true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return node;
  }
  return loc.doc.contents ?? undefined;
}

/** The position of the key `key` inside the map at `path` (for unknown keys). */
function keyOffset(loc: Located, path: Path, key: string): number | undefined {
  const map = loc.doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return pair.key.range[0];
  }
  return undefined;
}

function describePath(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/** Makes a Problem at `path` (or at a key inside it). */
export function problemAt(loc: Located, path: Path, message: string, key?: string): Problem {
  const offset = (key !== undefined ? keyOffset(loc, path, key) : undefined) ?? nodeAt(loc, path)?.range?.[0] ?? 0;
  const { line, col } = position(loc, offset);
  return { file: loc.file, line, col, message };
}

function zodProblems(loc: Located, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = path.length ? `${describePath(path)}: ` : '';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(problemAt(loc, path, `${where}unknown key "${key}"`, key));
      }
    } else if (issue.code === 'invalid_type' && loc.doc.getIn(path) === undefined) {
      const parent = path.slice(0, -1);
      const name = path[path.length - 1];
      const at = parent.length ? `${describePath(parent)}: ` : '';
      problems.push(problemAt(loc, parent, `${at}missing required field "${String(name)}"`));
    } else {
      problems.push(problemAt(loc, path, `${where}${issue.message}`));
    }
  }
  return problems;
}

type References<T> = (value: T, at: (path: Path, message: string) => Problem) => Problem[];

/**
 * The common case — a valid file — through js-yaml, several times faster and
 * lighter than building a positioned document. Undefined when anything is
 * wrong: the located path then finds and places every problem.
 */
function parseValid<T>(source: string, schema: z.ZodType<T>, references: References<T>): T | undefined {
  let raw: unknown;
  try {
    raw = load(source, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) return undefined;
  let clean = true;
  references(result.data, (_path, message) => {
    clean = false;
    return { file: '', line: 0, col: 0, message };
  });
  return clean ? result.data : undefined;
}

function parseWith<T>(source: string, file: string, schema: z.ZodType<T>, references: References<T>): ParseResult<T> {
  // Aliases are measured before anything walks their expansion (alias-bound.ts).
  const valid = mayHaveAliases(source) ? undefined : parseValid(source, schema, references);
  const result = valid !== undefined ? { value: valid, problems: [] } : parseLocated(source, file, schema, references);
  // Deck text is shown in terminals: no escape sequence, control or bidi character from the file gets there.
  if (result.value !== undefined) result.value = sanitizeDeep(result.value);
  result.problems = result.problems.map((p) => ({ ...p, message: sanitize(p.message) }));
  return result;
}

function parseLocated<T>(source: string, file: string, schema: z.ZodType<T>, references: References<T>): ParseResult<T> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const loc: Located = { doc, lines, file };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        // An unclosed quote or bracket is reported where it opened, not where the parser gave up.
        const { line, col } = position(loc, unclosedOpening(source, e.code, e.pos[0]) ?? e.pos[0]);
        return { file, line, col, message: `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` };
      }),
    };
  }
  if (doc.contents === null || !isMap(doc.contents)) {
    return { problems: [{ file, line: 1, col: 1, message: 'expected a YAML mapping (id, title, ...) at the top of the file' }] };
  }
  const bomb = aliasBomb(doc);
  if (bomb) return { problems: [{ file, ...position(loc, bomb.offset), message: bomb.message }] };
  // Bounded just above, so yaml's own alias-count guard (which would throw with no position) is off.
  const raw: unknown = doc.toJS({ maxAliasCount: -1 });
  const result = schema.safeParse(raw);
  const at = (path: Path, message: string): Problem => problemAt(loc, path, message);
  if (result.success) {
    const problems = references(result.data, at);
    return problems.length ? { problems } : { value: result.data, problems };
  }
  // Report cross-reference problems too, so one lint run shows everything;
  // the raw value may be malformed, so a check that trips on it is skipped.
  let more: Problem[] = [];
  try {
    more = references(raw as T, at);
  } catch {
    more = [];
  }
  const problems = [...zodProblems(loc, result.error), ...more];
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return { problems };
}

export function parseDeck(source: string, file: string): ParseResult<Deck> {
  return parseWith(source, file, deckSchema as z.ZodType<Deck>, checkDeckReferences);
}

export function parseDrill(source: string, file: string): ParseResult<Drill> {
  return parseWith(source, file, drillSchema as z.ZodType<Drill>, checkDrillReferences);
}
