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

/** Two key terms the answer attached to each other's statements. */
export interface Swap {
  /** Key term of one reference clause, as the reference writes it. */
  first: string;
  /** Key term of another reference clause, as the reference writes it. */
  second: string;
  /** The answer segments that hold them. */
  evidence: string;
}

interface Segment {
  text: string;
  /** Un-negated stems. */
  stems: Set<string>;
}

// Inside a clause, these words start a new statement ("X pulls the image and Y calls S3").
const JOINERS = new Set(['and', 'while', 'whilst', 'whereas', 'but', 'then']);

/** Clauses cut further at joiners; each segment keeps its un-negated stems. */
function segments(clauses: Clause[]): Segment[] {
  const out: Segment[] = [];
  for (const clause of clauses) {
    let current: Segment = { text: '', stems: new Set() };
    let t = 0;
    const flush = (): void => {
      if (current.stems.size) out.push({ ...current, text: current.text.trim() });
      current = { text: '', stems: new Set() };
    };
    clause.words.forEach((w, i) => {
      const token = clause.tokens[t];
      if (token !== undefined && token.word === w) {
        t++;
        if (!token.negated) current.stems.add(token.stem);
      } else if (JOINERS.has(w) && !clause.wordNegated[i]) {
        flush();
        return;
      }
      current.text += ` ${w}`;
    });
    flush();
  }
  return out;
}

interface Prepared {
  /** For each stem unique to one reference segment: that segment's index. */
  owner: Map<string, number>;
  /** The reference word for each key stem. */
  surface: Map<string, string>;
  count: number;
}

const cache = new Map<string, Prepared>();

function prepare(reference: string): Prepared {
  const known = cache.get(reference);
  if (known) return known;
  const clauses = tokenize(reference);
  const segs = segments(clauses);
  const seen = new Map<string, number>();
  const surface = new Map<string, string>();
  segs.forEach((s, i) => {
    for (const st of s.stems) seen.set(st, seen.has(st) && seen.get(st) !== i ? -1 : i);
  });
  for (const c of clauses) for (const tk of c.tokens) if (!surface.has(tk.stem)) surface.set(tk.stem, tk.word);
  const owner = new Map<string, number>();
  // One-letter and numeric stems are too weak to tie a statement to a clause.
  for (const [st, i] of seen) if (i >= 0 && st.length > 1 && !/^\d/.test(st)) owner.set(st, i);
  const prepared = { owner, surface, count: segs.length };
  if (cache.size > 1000) cache.clear();
  cache.set(reference, prepared);
  return prepared;
}

interface Placed {
  seg: Segment;
  home: number;
  foreign: Map<number, string[]>;
}

/** Where each answer segment belongs (strict majority of key terms), and its foreign terms. */
function place(ref: Prepared, seg: Segment): Placed | undefined {
  const byClause = new Map<number, string[]>();
  for (const st of seg.stems) {
    const i = ref.owner.get(st);
    if (i === undefined) continue;
    byClause.set(i, [...(byClause.get(i) ?? []), st]);
  }
  const ranked = [...byClause.entries()].sort((a, b) => b[1].length - a[1].length);
  const [top, next] = ranked;
  if (!top || (next && next[1].length >= top[1].length)) return undefined;
  return { seg, home: top[0], foreign: new Map(ranked.slice(1)) };
}

/**
 * Mirrored key terms: the answer gives clause i's term to clause j's statement
 * and clause j's term to clause i's. Empty when the reference has one statement.
 */
export function findSwaps(reference: string, answer: string): Swap[] {
  const ref = prepare(reference);
  if (ref.count < 2 || ref.owner.size === 0) return [];
  const placed = segments(tokenize(answer))
    .map((s) => place(ref, s))
    .filter((p): p is Placed => p !== undefined);
  // A term used anywhere in its own clause's statement is not displaced.
  const atHome = new Set<string>();
  for (const p of placed) for (const st of p.seg.stems) if (ref.owner.get(st) === p.home) atHome.add(st);
  const swaps: Swap[] = [];
  for (const a of placed) {
    for (const b of placed) {
      if (a === b || a.home >= b.home) continue;
      const aTerms = (a.foreign.get(b.home) ?? []).filter((st) => !atHome.has(st));
      const bTerms = (b.foreign.get(a.home) ?? []).filter((st) => !atHome.has(st));
      if (aTerms.length && bTerms.length) {
        swaps.push({ first: ref.surface.get(bTerms[0]!)!, second: ref.surface.get(aTerms[0]!)!, evidence: `${a.seg.text} / ${b.seg.text}` });
      }
    }
  }
  return swaps;
}
