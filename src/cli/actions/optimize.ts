/**
 * `drillbit optimize`: fits FSRS-6 to the learner's history and keeps the fit
 * in settings.json (`fsrsParameters`) only when it predicts the newest reviews
 * better than the parameters in use. Holds the writer lock while it reads the
 * history and writes the settings, so no review lands in between.
 */
import { optimize, type Evaluation } from '../../core/scheduling/optimize.js';
import { withDefaults } from '../../core/scheduling/settings.js';
import { dataDir } from '../../store/data-dir.js';
import { ensureDir, fileStorage } from '../../store/file-storage.js';
import { historyReviews } from '../../store/history-reviews.js';
import { parseSettings } from '../../store/settings-file.js';
import { writeSettingsKey } from '../../store/settings-write.js';
import { elapsed, now } from '../clock.js';
import { loadOptimizer } from '../fsrs-optimizer.js';
import { groupDigits } from '../../core/group-digits.js';

const figures = (e: Evaluation): string => `log loss ${e.logLoss.toFixed(4)}, RMSE ${e.rmse.toFixed(4)}`;

export async function runOptimize(): Promise<void> {
  const dir = dataDir();
  const storage = fileStorage(dir);
  ensureDir(dir);
  storage.lock.acquire();
  try {
    const settings = withDefaults(parseSettings(storage.readSettings(), `${dir}/settings.json`));
    const history = historyReviews(storage).map((r) => ({ key: r.record.key, at: new Date(r.record.at), rating: r.record.rating, source: r.record.source }));
    const took = elapsed();
    const current = settings.fsrsParameters?.w;
    const result = await optimize(history, current, loadOptimizer(), now(), settings.dayStartHour);
    const which = current ? 'current fitted parameters' : 'default parameters';
    const lines = [
      `fitted FSRS-6 on ${groupDigits(result.reviews)} reviews (${result.trainItems} items to fit, the newest ${result.testItems} held out) in ${(took() / 1000).toFixed(1)} s`,
      `held out: fitted ${figures(result.fitted)}; ${which} ${figures(result.current)}`,
    ];
    if (result.kept) {
      writeSettingsKey(dir, 'fsrsParameters', result.kept);
      const k = result.kept;
      if (k.predictedRetention !== undefined && k.actualRetention !== undefined) {
        lines.push(`predicted retention ${(k.predictedRetention * 100).toFixed(1)}%, actual ${(k.actualRetention * 100).toFixed(1)}% on the held-out spaced reviews`);
      }
      lines.push(`kept: saved to ${dir}/settings.json (fsrsParameters); reviews from now on are scheduled with them`);
    } else {
      lines.push(`not kept: the fit does not beat the ${which} on both figures, so scheduling stays as it is`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    storage.lock.release();
  }
}
