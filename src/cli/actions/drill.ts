/**
 * `drillbit drill list` and `drillbit drill <id> [--plain]`. A TTY without
 * --plain gets the TUI (src/tui/drill.tsx); a pipe or --plain gets line mode.
 */
import type { Drill } from '../../core/deck/schema.js';
import { DrillbitError } from '../../core/errors.js';
import { dataDir } from '../../store/data-dir.js';
import type { DrillOptions } from '../commands/drill.js';
import { loadDrills } from '../content.js';
import { clearDraft, loadDraft, type Draft } from '../../store/drafts.js';
import { DrillSession } from './drill-session.js';
import { commandName } from '../command-name.js';

/**
 * Options the TUI's `runDrillTui(drill, options)` receives: the same session
 * plain mode uses, so the TUI drafts, times and submits attempts identically.
 */
export interface DrillTuiOptions {
  /** false: no colour (NO_COLOR and TERM=dumb are read by the TUI too). */
  color?: boolean;
  /** How to run drillbit where the user is (commandName), for the resume hint. */
  command?: string;
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
  if (!drill) throw new DrillbitError(`no drill "${id}"; the drills are: ${drills.map((d) => d.id).join(', ')} ("${commandName()} drill list")`);
  return drill;
}

async function runTui(drill: Drill, options: DrillTuiOptions): Promise<'ctrl-c' | 'esc' | undefined> {
  // React's production build: the development one is slower to load and to render.
  process.env['NODE_ENV'] ??= 'production';
  const { runDrillTui } = await import('../../tui/drill.js');
  return runDrillTui(drill, { ...options, command: commandName() });
}

/** The contract handed to `runDrillTui`: the draft to offer back and a session factory. */
export function drillTuiOptions(drill: Drill, dir: string, options: { seed?: number | undefined; color?: boolean | undefined } = {}): DrillTuiOptions {
  const draft = loadDraft(dir, drill.id);
  return {
    dataDir: dir,
    ...(options.color !== undefined ? { color: options.color } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(draft ? { draft } : {}),
    discardDraft: () => clearDraft(dir, drill.id),
    startSession: (resume) => new DrillSession(drill, dir, { draft: resume, seed: options.seed }),
  };
}

/** A drill chosen on the home TUI: the same hand-over as `drillbit drill <id>` in a terminal. */
export async function openDrillTui(id: string, options: { color?: boolean | undefined } = {}): Promise<'ctrl-c' | 'esc' | undefined> {
  const drill = findDrill(await loadDrills(), id);
  return runTui(drill, drillTuiOptions(drill, dataDir(), options));
}

export async function runDrill(id: string, options: DrillOptions & { color?: boolean }): Promise<void> {
  const drills = await loadDrills();
  const dir = dataDir();
  if (id === 'list') {
    const { formatDrillList } = await import('./drill-list.js');
    process.stdout.write(`${formatDrillList(drills, dir)}\n`);
    return;
  }
  const drill = findDrill(drills, id);
  if (process.stdin.isTTY && !options.plain) {
    await runTui(drill, drillTuiOptions(drill, dir, options));
    return;
  }
  const { runPlainDrill } = await import('./drill-plain.js');
  await runPlainDrill(drill, dir, { seed: options.seed });
}
