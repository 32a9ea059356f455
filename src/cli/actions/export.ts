/**
 * `drillbit export --anki FILE.apkg | --tsv FILE.txt [--deck ID]`: the decks
 * with their review history for Anki. Read-only on the data directory (no
 * lock); the file is written to a temp file and renamed.
 */
import { resolve } from 'node:path';
import { exportRows, type ExportReview } from '../../core/anki/export-rows.js';
import { exportTsv } from '../../core/anki/export-tsv.js';
import type { CardState } from '../../core/scheduling/card-state.js';
import { UsageError } from '../../core/errors.js';
import { writeApkg } from '../../store/anki/write-package.js';
import { writeBytesAtomic } from '../../store/anki/write-atomic.js';
import { dataDir } from '../../store/data-dir.js';
import { fileStorage } from '../../store/file-storage.js';
import { historyReviews } from '../../store/history-reviews.js';
import { openCollection } from '../../store/open-collection.js';
import { now } from '../clock.js';
import type { ExportOptions } from '../commands/export.js';
import { displayPath } from '../content.js';
import { reviewDecks } from '../review-plain-decks.js';

export async function runExport(options: ExportOptions): Promise<void> {
  if ((options.anki === undefined) === (options.tsv === undefined)) throw new UsageError('export needs one of --anki FILE.apkg or --tsv FILE.txt');
  const at = now();
  const decks = (await reviewDecks(process.env, options.deck)).filter((d) => options.deck === undefined || d.id === options.deck);
  const cards = decks.reduce((n, d) => n + d.cards.length, 0);
  if (options.tsv !== undefined) {
    writeBytesAtomic(resolve(options.tsv), new TextEncoder().encode(exportTsv(decks)));
    process.stdout.write(`exported ${cards} card${cards === 1 ? '' : 's'} from ${decks.length} deck${decks.length === 1 ? '' : 's'} to ${displayPath(resolve(options.tsv))}\n`);
    return;
  }
  const dir = dataDir();
  const collection = openCollection({ dir, decks, now: at, write: false, onNotice: (m) => process.stderr.write(`drillbit: ${m}\n`) });
  const states = new Map<string, CardState>();
  try {
    for (const deck of decks) {
      for (const card of deck.cards) {
        const state = collection.entry(`${deck.id}/${card.id}`)?.state;
        if (state) states.set(`${deck.id}/${card.id}`, state);
      }
    }
  } finally {
    collection.close();
  }
  const reviews: ExportReview[] = historyReviews(fileStorage(dir))
    .filter((r) => states.has(r.record.key))
    .map((r) => ({ key: r.record.key, at: new Date(r.record.at), rating: r.record.rating, elapsedMs: r.record.elapsedMs, before: r.before, after: r.after }));
  const path = resolve(options.anki!);
  await writeApkg(path, exportRows(decks, states, reviews, at), at);
  process.stdout.write(`exported ${cards} card${cards === 1 ? '' : 's'} from ${decks.length} deck${decks.length === 1 ? '' : 's'} and ${reviews.length} review${reviews.length === 1 ? '' : 's'} to ${displayPath(path)}\n`);
}
