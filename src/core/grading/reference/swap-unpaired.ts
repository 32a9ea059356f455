/**
 * Swaps no clearly placed pair of answer segments shows (swap.ts finds
 * those): two segments that each tie between two statements of the model
 * answer and cross their subjects, and one segment that puts another
 * statement's slot filler in its own statement's slot.
 */
import type { Placed, Prepared, Slot, Swap } from './swap.js';

/** A tied segment's claim: its slot filler names statement `about` ("*green* light"), its other key term is statement `said`'s. */
interface TieClaim {
  about: number;
  said: number;
  filler: string;
  text: string;
}

function tieClaim(ref: Prepared, p: Placed): TieClaim | undefined {
  const seq = p.seg.sequence;
  // The statement a segment is about is named by its first filled slot (the subject comes first: "green light stops cars").
  let first: { slot: Slot; at: number } | undefined;
  for (const slot of ref.slots) {
    if (!p.homes.includes(slot.home)) continue;
    const at = seq.findIndex((st, k) => st === slot.anchor && seq[k + slot.side] === slot.own);
    if (at >= 0 && (!first || at < first.at)) first = { slot, at };
  }
  if (!first) return undefined;
  const { slot } = first;
  const said = p.homes.find((h) => h !== slot.home)!;
  const saysOther = (p.terms.get(said) ?? []).some((st) => !ref.slots.some((x) => x.anchor === slot.anchor && x.own === st));
  return saysOther ? { about: slot.home, said, filler: slot.own, text: p.seg.text } : undefined;
}

/**
 * Two segments that tie between two statements, each naming one statement in
 * its slot and saying the other's key term, crosswise: "Green light stops
 * cars. Red light moves cars." against "Red light stops cars. Green light
 * moves cars."
 */
export function mirroredTies(ref: Prepared, placed: Placed[]): Swap[] {
  const claims = placed.filter((p) => p.homes.length === 2).map((p) => tieClaim(ref, p)).filter((c): c is TieClaim => c !== undefined);
  for (const a of claims) {
    const b = claims.find((c) => c.about === a.said && c.said === a.about);
    if (b) return [{ first: ref.surface.get(a.filler)!, second: ref.surface.get(b.filler)!, evidence: `${a.text} / ${b.text}` }];
  }
  return [];
}

/**
 * One-sided swap: a statement that clearly belongs to reference statement i
 * ("… pulls the image") has statement j's filler in i's slot ("the *task* role
 * pulls the image") and not i's own filler anywhere in it.
 */
export function oneSided(ref: Prepared, placed: Placed[]): Swap[] {
  const out: Swap[] = [];
  for (const p of placed) {
    if (p.homes.length !== 1) continue;
    const home = p.homes[0]!;
    const seq = p.seg.sequence;
    for (const slot of ref.slots) {
      // The home does not rest on the filler itself: a single home has more key terms of statement i than the filler's one of j.
      if (slot.home !== home || p.seg.stems.has(slot.own)) continue;
      const filled = seq.some((st, k) => st === slot.anchor && seq[k + slot.side] === slot.foreign);
      if (filled) {
        out.push({ first: ref.surface.get(slot.own)!, second: ref.surface.get(slot.foreign)!, evidence: p.seg.text });
        break;
      }
    }
  }
  return out;
}
