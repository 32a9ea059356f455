/** What drillbit takes from an Anki collection or text export, before it becomes a deck. */

/** One Anki note: its fields (HTML as stored), tags, and the GUID that identifies it across imports. */
export interface AnkiNote {
  guid: string;
  /** Field values in the note type's order (HTML unless `html` is false). */
  fields: string[];
  tags: string[];
  /** False when the fields are plain text (a TSV exported with `#html:false`). */
  html?: boolean;
}

/** One Anki card: which note, which template or cloze (`ord`), in which deck (`a::b`). */
export interface AnkiCard {
  /** Anki's card id (the revlog refers to it); 0 when the source has none (TSV). */
  id: number;
  noteGuid: string;
  ord: number;
  deckName: string;
}

/** One row of Anki's `revlog` table, as far as drillbit needs it. */
export interface RevlogEntry {
  /** Epoch milliseconds of the review (Anki's revlog id). */
  id: number;
  cid: number;
  /** 1 Again … 4 Easy; 0 for manual entries. */
  ease: number;
  /** Answer time in ms. */
  time: number;
  /** 0 learning, 1 review, 2 relearning, 3 filtered (cram), 4 manual, 5 rescheduled. */
  type: number;
}

/** Everything read from one package or text file. */
export interface AnkiCollection {
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: RevlogEntry[];
}
