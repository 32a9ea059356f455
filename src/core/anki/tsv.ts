/**
 * Anki's "Notes in Plain Text" export: `#key:value` header lines, then one
 * note per row. Fields are split on the separator; a field in double quotes
 * may hold the separator, newlines and doubled quotes (as Anki writes them).
 * Every row must have the same number of columns. Pure.
 */
import { DrillbitError } from '../errors.js';
import type { AnkiCard, AnkiCollection, AnkiNote } from './anki-note.js';

/** The header lines Anki writes. Column numbers are 1-based, as in the file. */
export interface TsvHeader {
  separator: string;
  html: boolean;
  columns?: string[] | undefined;
  deckColumn?: number | undefined;
  tagsColumn?: number | undefined;
  guidColumn?: number | undefined;
  notetypeColumn?: number | undefined;
  /** `#deck:` — the deck of every row without a deck column. */
  deck?: string | undefined;
  /** `#tags:` — tags added to every row. */
  tags: string[];
}

const SEPARATORS: Readonly<Record<string, string>> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** Reads the `#` lines at the top; returns the header and how many lines it took. */
export function parseTsvHeader(lines: readonly string[], file: string): { header: TsvHeader; count: number } {
  const header: TsvHeader = { separator: '\t', html: false, tags: [] };
  let rawColumns: string | undefined;
  let count = 0;
  for (; count < lines.length && lines[count]!.startsWith('#'); count++) {
    const line = lines[count]!;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(1, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).replace(/\r$/, '');
    const column = (): number => {
      const n = Number(value.trim());
      if (!Number.isInteger(n) || n < 1) throw new DrillbitError(`${file}:${count + 1}: "#${key}" must be a column number from 1, not "${value.trim()}"`);
      return n;
    };
    if (key === 'separator') header.separator = SEPARATORS[value.trim().toLowerCase()] ?? value;
    else if (key === 'html') header.html = value.trim().toLowerCase() === 'true';
    else if (key === 'columns') rawColumns = value;
    else if (key === 'deck column') header.deckColumn = column();
    else if (key === 'tags column') header.tagsColumn = column();
    else if (key === 'guid column') header.guidColumn = column();
    else if (key === 'notetype column') header.notetypeColumn = column();
    else if (key === 'deck') header.deck = value.trim();
    else if (key === 'tags') header.tags = value.trim().split(/\s+/).filter(Boolean);
  }
  if (header.separator.length !== 1) throw new DrillbitError(`${file}: "#separator:${header.separator}" is not one character or a name (Tab, Comma, Semicolon, Space, Pipe, Colon)`);
  if (rawColumns !== undefined) header.columns = rawColumns.split(header.separator);
  return { header, count };
}

/** Splits the body into rows of fields; `line` is the 1-based line each row starts on. */
export function splitRows(text: string, separator: string, firstLine: number, file: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let line = firstLine;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new DrillbitError(`${file}:${start}: a quoted field is never closed; check the quotes on this row`);
          const ch = text[i]!;
          if (ch === '"' && text[i + 1] === '"') (value += '"'), (i += 2);
          else if (ch === '"') {
            i++;
            break;
          } else {
            if (ch === '\n') line++;
            value += ch;
            i++;
          }
        }
      }
      while (i < text.length && text[i] !== separator && text[i] !== '\n') value += text[i++];
      fields.push(value.replace(/\r$/, ''));
      if (i >= text.length || text[i] === '\n') {
        i++;
        line++;
        break;
      }
      i++;
    }
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: start, fields });
  }
  return rows;
}

/** A TSV export as notes and cards (one card per note; no review history in text exports). */
export function parseTsv(text: string, file: string): AnkiCollection {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const { header, count } = parseTsvHeader(lines, file);
  const rows = splitRows(lines.slice(count).join('\n'), header.separator, count + 1, file);
  if (!rows.length) throw new DrillbitError(`${file}: no notes after the header lines; export the notes again from Anki`);
  const width = header.columns?.length ?? rows[0]!.fields.length;
  const special = new Set([header.deckColumn, header.tagsColumn, header.guidColumn, header.notetypeColumn].filter((c) => c !== undefined));
  for (const c of special) if (c > width) throw new DrillbitError(`${file}: a "#… column:${c}" header names column ${c}, but the rows have ${width} columns`);
  const notes: AnkiNote[] = [];
  const cards: AnkiCard[] = [];
  for (const row of rows) {
    if (row.fields.length !== width) {
      throw new DrillbitError(`${file}:${row.line}: ${row.fields.length} column${row.fields.length === 1 ? '' : 's'}, expected ${width} like the ${header.columns ? '#columns header' : 'first row'}; check the separators on this line`);
    }
    const at = (c: number | undefined): string | undefined => (c === undefined ? undefined : row.fields[c - 1]);
    const fields = row.fields.filter((_, i) => !special.has(i + 1));
    if (fields.length < 2) throw new DrillbitError(`${file}:${row.line}: a note needs a front and a back column; found ${fields.length}`);
    const guid = at(header.guidColumn)?.trim() || `tsv:${fields[0]}`;
    const tags = [...header.tags, ...(at(header.tagsColumn)?.trim().split(/\s+/).filter(Boolean) ?? [])];
    notes.push({ guid, fields, tags, html: header.html });
    cards.push({ id: 0, noteGuid: guid, ord: 0, deckName: at(header.deckColumn)?.trim() || header.deck || 'Default' });
  }
  return { notes, cards, revlog: [] };
}
