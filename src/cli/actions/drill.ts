/**
 * `drillbit drill list` and `drillbit drill <id> [--plain]`. A TTY without
 * --plain gets the TUI (src/tui/drill.js) when this build has it.
 */
import type { Drill } from '../../core/deck/schema.js';
import { DrillbitError } from '../../core/errors.js';
import { dataDir } from '../../store/data-dir.js';
import type { DrillOptions } from '../commands/drill.js';
import { loadDrills } from '../content.js';
import { clearDraft, loadDraft, type Draft } from '../../store/drafts.js';
import { DrillSession } from './drill-session.js';

/**
 * Options the TUI's `runDrillTui(drill, options)` receives: the same session
 * plain mode uses, so the TUI drafts, times and submits attempts identically.
 */
export interface DrillTuiOptions {
  dataDir: string;
  /** Seed for generated problems (default: from the clock). */
  seed?: number;
  /** The saved draft of this drill, to offer back with its time left. */
  draft?: Draft;
  /** Drops the saved draft (the learner chose a fresh start). */
  discardDraft(): void;
  /**
   * Starts an attempt (resuming `draft` when given). The session's `set(key,
   * text)` drafts as the learner types, `clock()` gives the countdown,
   * `save()` saves now (on exit), `submit(timedOut)` grades, keeps the
   * attempt and pulls related cards into review.
   */
  startSession(draft?: Draft): DrillSession;
}

export function findDrill(drills: readonly Drill[], id: string): Drill {
  const drill = drills.find((d) => d.id === id);
  if (!drill) throw new DrillbitError(`no drill "${id}"; the drills are: ${drills.map((d) => d.id).join(', ')} ("drillbit drill list")`);
  return drill;
}

async function runTui(drill: Drill, options: DrillTuiOptions): Promise<boolean> {
  const path = '../../tui/drill.js';
  let tui: { runDrillTui?: (drill: Drill, options: DrillTuiOptions) => Promise<void> };
  try {
    tui = (await import(path)) as typeof tui;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes('tui/drill')) return false;
    throw error;
  }
  if (!tui.runDrillTui) return false;
  await tui.runDrillTui(drill, options);
  return true;
}

export async function runDrill(id: string, options: DrillOptions): Promise<void> {
  const drills = loadDrills();
  const dir = dataDir();
  if (id === 'list') {
    const { formatDrillList } = await import('./drill-list.js');
    process.stdout.write(`${formatDrillList(drills, dir)}\n`);
    return;
  }
  const drill = findDrill(drills, id);
  const draft = loadDraft(dir, drill.id);
  const tuiOptions: DrillTuiOptions = {
    dataDir: dir,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(draft ? { draft } : {}),
    discardDraft: () => clearDraft(dir, drill.id),
    startSession: (resume) => new DrillSession(drill, dir, { draft: resume, seed: options.seed }),
  };
  if (process.stdin.isTTY && !options.plain && (await runTui(drill, tuiOptions))) return;
  const { runPlainDrill } = await import('./drill-plain.js');
  await runPlainDrill(drill, dir, { seed: options.seed });
}
