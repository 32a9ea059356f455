/** `drillbit drill <id>` in a terminal. */
import type { Drill } from '../core/deck/index.js';
import { runErrorScreen, type TuiCommonOptions } from './run-app.js';

/** What runDrillTui needs (the drills engineer's store and grading come in here). */
export interface DrillTuiOptions extends TuiCommonOptions {}

export async function runDrillTui(drill: Drill, options: DrillTuiOptions = {}): Promise<void> {
  await runErrorScreen(`The drill screen for "${drill.id}" is not in this build yet; run: drillbit drill ${drill.id} --plain`, options);
}
