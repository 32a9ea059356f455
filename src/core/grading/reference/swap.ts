/**
 * Who-does-what check for reference-only grading. The reference is cut into
 * clauses; a key term is a stem that only one reference clause uses ("execution"
 * in "the execution role pulls the image", "task" in "the task role calls S3").
 * Each answer segment belongs to the reference clause whose key terms it uses
 * most; a key term of clause j inside a segment belonging to clause i is
 * foreign. A swap is the mirrored pair: a segment of clause i holding a term of
 * clause j and a segment of clause j holding a term of clause i, where neither
 * term ever appears (un-negated) in a segment of its own clause. Generic: no
 * per-question tables.
 */
import { tokenize, type Clause } from '../tokenize.js';
import { mirroredTies, oneSided } from './swap-unpaired.js';
import { boundedMemo } from '../memo.js';

/** Two key terms the answer attached to each other's statements. */
export interface Swap {
  /** Key term of one reference clause, as the reference writes it. */
  first: string;
  /** Key term of another reference clause, as the reference writes it. */
  second: string;
  /** The answer segments that hold them. */
  evidence: string;
}

export interface Segment {
  text: string;
  /** Un-negated stems. */
  stems: Set<string>;
  /** One entry per word: its stem, or '' for a function word or a negated one (neither fills a slot). */
  sequence: string[];
}

// Inside a clause, these words start a new statement ("X pulls the image and Y calls S3").
const JOINERS = new Set(['and', 'while', 'whilst', 'whereas', 'but', 'then']);

/** Clauses cut further at joiners; each segment keeps its un-negated stems. */
function segments(clauses: Clause[]): Segment[] {
  const out: Segment[] = [];
  for (const clause of clauses) {
    let current: Segment = { text: '', stems: new Set(), sequence: [] };
    let t = 0;
    const flush = (): void => {
      if (current.stems.size) out.push({ ...current, text: current.text.trim() });
      current = { text: '', stems: new Set(), sequence: [] };
    };
    clause.words.forEach((w, i) => {
      const token = clause.tokens[t];
      if (token !== undefined && token.word === w) {
        t++;
        if (!token.negated) current.stems.add(token.stem);
        current.sequence.push(token.negated ? '' : token.stem);
      } else if (JOINERS.has(w) && !clause.wordNegated[i]) {
        flush();
        return;
      } else current.sequence.push('');
      current.text += ` ${w}`;
    });
    flush();
  }
  return out;
}

export interface Prepared {
  /** For each stem unique to one reference segment: that segment's index. */
  owner: Map<string, number>;
  /** The reference word for each key stem. */
  surface: Map<string, string>;
  count: number;
  /** Stems of each reference segment. */
  stems: Set<string>[];
  /** parallel[i][j]: reference segments i and j share a stem (asked for every pair of answer segments). */
  parallel: boolean[][];
  /** Who-does-what slots (see `slotsOf`). */
  slots: Slot[];
}

/**
 * Two parallel reference statements fill one slot with different key terms:
 * "the *execution* role pulls the image" / "the *task* role calls S3" share
 * "role", and the word next to it (same side) is each statement's own.
 */
export interface Slot {
  /** The shared stem and the side of it the filler sits on. */
  anchor: string;
  side: -1 | 1;
  /** Filler of statement `home` and of statement `other`. */
  home: number;
  own: string;
  other: number;
  foreign: string;
}

function slotsOf(segs: Segment[], owner: Map<string, number>): Slot[] {
  const slots: Slot[] = [];
  const neighbours = (seg: Segment, anchor: string, side: -1 | 1): string[] =>
    seg.sequence.flatMap((st, k) => (st === anchor && seg.sequence[k + side] ? [seg.sequence[k + side]!] : []));
  segs.forEach((a, i) => {
    segs.forEach((b, j) => {
      if (i === j) return;
      // An anchor both statements use (so no key term: a key term is in one statement only).
      for (const anchor of a.stems) {
        // Only the word before a shared head noun ("execution role"): after it sit verbs ("nodes called"), a different statement.
        for (const side of [-1] as const) {
          for (const own of neighbours(a, anchor, side)) {
            for (const foreign of neighbours(b, anchor, side)) {
              if (owner.get(own) === i && owner.get(foreign) === j) slots.push({ anchor, side, home: i, own, other: j, foreign });
            }
          }
        }
      }
    });
  });
  return slots;
}

const memo = boundedMemo<string, Prepared>(1000);

function prepare(reference: string): Prepared {
  return memo(reference, () => build(reference));
}

function build(reference: string): Prepared {
  const clauses = tokenize(reference);
  const segs = segments(clauses);
  const seen = new Map<string, number>();
  const surface = new Map<string, string>();
  segs.forEach((s, i) => {
    // A stem is seen once per segment (a set): seen before means another segment has it.
    for (const st of s.stems) seen.set(st, seen.has(st) ? -1 : i);
  });
  for (const c of clauses) for (const tk of c.tokens) if (!surface.has(tk.stem)) surface.set(tk.stem, tk.word);
  const owner = new Map<string, number>();
  // One-letter and numeric stems are too weak to tie a statement to a clause.
  for (const [st, i] of seen) if (i >= 0 && st.length > 1 && !/^\d/.test(st)) owner.set(st, i);
  const stems = segs.map((x) => x.stems);
  const parallel = stems.map((x) => stems.map((y) => shareStem(x, y)));
  return { owner, surface, count: segs.length, stems, parallel, slots: slotsOf(segs, owner) };
}

export interface Placed {
  seg: Segment;
  /** The clause it belongs to; two when it uses as many key terms of each ("Fargate bills per request"). */
  homes: number[];
  terms: Map<number, string[]>;
}

/** Where each answer segment belongs (most key terms), with its key terms by clause. */
function place(ref: Prepared, seg: Segment): Placed | undefined {
  const terms = new Map<number, string[]>();
  for (const st of seg.stems) {
    const i = ref.owner.get(st);
    if (i !== undefined) terms.set(i, [...(terms.get(i) ?? []), st]);
  }
  const ranked = [...terms.entries()].sort((a, b) => b[1].length - a[1].length);
  const [top, next, third] = ranked;
  if (!top) return undefined;
  if (!next || next[1].length < top[1].length) return { seg, homes: [top[0]], terms };
  if (third && third[1].length === top[1].length) return undefined;
  return { seg, homes: [top[0], next[0]], terms };
}

// Asked for every pair of answer segments: no array copy of the set.
function shareStem(x: Set<string>, y: Set<string>): boolean {
  for (const st of x) if (y.has(st)) return true;
  return false;
}

/**
 * Mirrored key terms: the answer gives clause i's term to clause j's statement
 * and clause j's term to clause i's (or, failing that, a one-sided swap). Empty when
 * the reference has one statement. `answerClauses`: the answer already tokenized.
 */
export function findSwaps(reference: string, answer: string, answerClauses?: Clause[]): Swap[] {
  const ref = prepare(reference);
  // A shortcut only (no answer is tokenized): with one statement or no key term nothing below pairs two statements, so the result is [] either way.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see above
  if (ref.count < 2 || ref.owner.size === 0) return [];
  const placed = segments(answerClauses ?? tokenize(answer))
    .map((s) => place(ref, s))
    .filter((p): p is Placed => p !== undefined);
  // A term used anywhere in a statement that clearly belongs to its own clause is not displaced.
  const atHome = new Set<string>();
  for (const p of placed) if (p.homes.length === 1) for (const st of p.terms.get(p.homes[0]!) ?? []) atHome.add(st);
  const displaced = (p: Placed, clause: number): string[] => (p.terms.get(clause) ?? []).filter((st) => !atHome.has(st));
  const swaps: Swap[] = [];
  placed.forEach((a, ia) => {
    placed.forEach((b, ib) => {
      // b is the segment that clearly belongs somewhere; a may be a tie (a pair of single homes is looked at once; a === b has one home, skipped below).
      if (b.homes.length !== 1 || (a.homes.length === 1 && ia > ib)) return;
      const hb = b.homes[0]!;
      for (const ha of a.homes) {
        // Who-does-what statements are parallel: both reference clauses and both answer segments share a word ("role", "bills").
        // ha === hb needs no test: b's terms of its own statement are all at home, so nothing would be displaced.
        if (!ref.parallel[ha]![hb] || !shareStem(a.seg.stems, b.seg.stems)) continue;
        const aTerms = displaced(a, hb);
        const bTerms = displaced(b, ha);
        if (aTerms.length && bTerms.length) {
          swaps.push({ first: ref.surface.get(bTerms[0]!)!, second: ref.surface.get(aTerms[0]!)!, evidence: `${a.seg.text} / ${b.seg.text}` });
          return;
        }
      }
    });
  });
  if (!swaps.length) swaps.push(...mirroredTies(ref, placed));
  if (!swaps.length) swaps.push(...oneSided(ref, placed));
  return swaps;
}
