/** What a drill asks, in order: its sections, or a round of generated subnet problems. Pure. */
import type { Drill } from '../core/deck/index.js';
import { problemKey, subnetRoundProblems } from '../core/drills/subnet-round.js';

/** One question of a drill, keyed as drafts and attempts key answers. */
export interface DrillItem {
  key: string;
  heading: string;
  prompt: string;
  /** Generated problems: one line, diagnosed as soon as it is answered. */
  oneLine: boolean;
}

export function drillItems(drill: Drill, seed: number): DrillItem[] {
  if (drill.sections) {
    return drill.sections.map((s) => ({ key: s.id, heading: s.title ? `${s.id} — ${s.title}` : s.id, prompt: s.prompt, oneLine: false }));
  }
  return subnetRoundProblems(seed, drill.generator?.problems ?? 5).map((p, i) => ({
    key: problemKey(i),
    heading: `Problem ${i + 1}`,
    prompt: p.text,
    oneLine: true,
  }));
}
