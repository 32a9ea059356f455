/**
 * The prompt and answer of one Anki card: the front and back of a basic note,
 * the other way round for its reversed card, or a cloze deletion with the
 * blank shown as `[…]` (or its hint) and the hidden text as the answer. Pure.
 */
import { htmlToText } from './html-to-text.js';
import type { AnkiNote } from './anki-note.js';

export interface CardText {
  prompt: string;
  answer: string;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export const isCloze = (note: AnkiNote): boolean => note.fields.some((f) => /\{\{c\d+::/.test(f));

function clozeText(note: AnkiNote, ord: number): CardText | undefined {
  const n = ord + 1;
  const source = note.fields.find((f) => /\{\{c\d+::/.test(f)) ?? '';
  const hidden: string[] = [];
  const masked = source.replace(CLOZE, (_, num: string, text: string, hint: string | undefined) => {
    if (Number(num) !== n) return text;
    hidden.push(text);
    return hint ? `[${hint}]` : '[…]';
  });
  const plain = (s: string): string => (note.html === false ? s.trim() : htmlToText(s));
  const prompt = plain(masked);
  const answer = hidden.map(plain).filter(Boolean).join('; ');
  return prompt && answer ? { prompt, answer } : undefined;
}

/** The card's text, or undefined when a side is empty or the template is one drillbit cannot read. */
export function cardText(note: AnkiNote, ord: number): CardText | undefined {
  if (isCloze(note)) return clozeText(note, ord);
  if (ord > 1) return undefined;
  const plain = (s: string | undefined): string => (note.html === false ? (s ?? '').trim() : htmlToText(s ?? ''));
  const front = plain(note.fields[0]);
  const back = plain(note.fields[1]);
  if (!front || !back) return undefined;
  return ord === 0 ? { prompt: front, answer: back } : { prompt: back, answer: front };
}
