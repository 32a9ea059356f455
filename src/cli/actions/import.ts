/**
 * `drillbit import FILE [--deck ID]`: Anki cards become deck files in the
 * data directory's decks/ folder and Anki's review log becomes drillbit
 * history, so the cards arrive with their FSRS state. The writer lock is
 * taken before anything is written; deck files are validated, then written to
 * a temp file and renamed; the reviews are appended with one fsync.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDecks } from '../../core/anki/build-deck.js';
import { deckToYaml } from '../../core/anki/deck-yaml.js';
import { revlogToReviews } from '../../core/anki/revlog.js';
import type { Deck } from '../../core/deck/schema.js';
import { DrillbitError, UsageError } from '../../core/errors.js';
import { readAnkiFile } from '../../store/anki/read-anki-file.js';
import { writeFileAtomic } from '../../store/atomic-file.js';
import { openCollection } from '../../store/open-collection.js';
import { now } from '../clock.js';
import type { ImportOptions } from '../commands/import.js';
import { displayPath } from '../content.js';
import { deckSet } from '../own-decks.js';

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

export async function runImport(file: string, options: ImportOptions): Promise<void> {
  if (options.deck !== undefined && !SLUG.test(options.deck)) {
    throw new UsageError(`--deck "${options.deck}" is not a deck id; use lower-case letters, digits, ".", "_" or "-"`);
  }
  const at = now();
  const source = await readAnkiFile(file);
  const name = basename(file);
  const { folder, own, others } = await deckSet();
  const locked = new Set(others.map((d) => d.id));
  if (options.deck !== undefined && locked.has(options.deck)) {
    throw new DrillbitError(`deck "${options.deck}" is a bundled deck and cannot take imported cards; choose another --deck id`);
  }
  const built = buildDecks(source, { deckId: options.deck, existing: [...others, ...own.map((o) => o.deck)], writable: new Set(own.map((o) => o.deck.id)) });
  if (!built.decks.length && !built.keyOf.size) {
    throw new DrillbitError(`${name} has no cards drillbit can read (${built.skipped} without a front and back); nothing was imported`);
  }
  const clash = built.decks.find((d) => locked.has(d.id));
  if (clash) throw new DrillbitError(`the Anki deck "${clash.title}" would become deck "${clash.id}", which is a bundled deck; pass --deck with another id`);
  const files = built.decks.map((deck) => {
    const path = own.find((o) => o.deck.id === deck.id)?.file ?? freeFile(folder, deck.id);
    return { deck, path, text: deckToYaml(deck, displayPath(path), `Imported from ${name} by drillbit import; importing again updates these cards by their Anki GUID (card id).`) };
  });
  const decks: Deck[] = [...others, ...own.map((o) => o.deck).filter((d) => !built.decks.some((b) => b.id === d.id)), ...built.decks];
  const collection = openCollection({ decks, now: at, write: true, onNotice: (m) => process.stderr.write(`drillbit: ${m}\n`) });
  let history;
  try {
    for (const f of files) writeFileAtomic(f.path, f.text);
    history = collection.importReviews(revlogToReviews(source.revlog, built.keyOf));
  } finally {
    collection.close();
  }
  const where = files.map((f) => `${f.deck.id} (${displayPath(f.path)})`).join(', ') || 'bundled decks';
  const skipped = built.skipped ? `, ${built.skipped} skipped (no front or back)` : '';
  process.stdout.write(
    `imported ${name}: ${built.added} new card${built.added === 1 ? '' : 's'}, ${built.updated} updated${skipped}; into ${where}\n` +
      `history: ${history.added} review${history.added === 1 ? '' : 's'} added${history.skipped ? `, ${history.skipped} already there or older than drillbit's own` : ''}\n`,
  );
}

/** `<folder>/<id>.yaml`, or a numbered name beside it when a file by that name holds another deck. */
function freeFile(folder: string, id: string): string {
  let path = join(folder, `${id}.yaml`);
  for (let i = 2; existsSync(path); i++) path = join(folder, `${id}-${i}.yaml`);
  return path;
}
