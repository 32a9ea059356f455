/**
 * `drillbit mock report [ID] [--json] [--markdown FILE] [--pull]` and
 * `drillbit mock history [--tag T] [--json]`: read the mock attempts file
 * only (and, with --pull, queue the cards to study).
 */
import { resolve } from 'node:path';
import { mockFigures } from '../../core/mock/report.js';
import { formatMockReport } from '../../core/mock/report-text.js';
import { formatMockMarkdown } from '../../core/mock/report-markdown.js';
import { mockHistory } from '../../core/mock/history.js';
import { formatMockHistory } from '../../core/mock/history-text.js';
import { DrillbitError } from '../../core/errors.js';
import { dataDir } from '../../store/data-dir.js';
import { writeFileAtomic } from '../../store/atomic-file.js';
import { findMockAttempt, readMockAttempts } from '../../store/mock-attempts.js';
import type { MockReportOptions } from '../commands/mock.js';
import { commandName } from '../command-name.js';

export async function runMockReport(id: string | undefined, options: MockReportOptions): Promise<void> {
  const dir = dataDir();
  const attempt = findMockAttempt(dir, id, commandName());
  const out: string[] = [];
  if (options.markdown) {
    const file = resolve(options.markdown);
    try {
      // Temp file and rename: a reader never sees half a report.
      writeFileAtomic(file, formatMockMarkdown(attempt, commandName()));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'part of the path is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
      throw new DrillbitError(`cannot write ${options.markdown}: ${why}; choose another path`);
    }
  }
  if (options.json) out.push(JSON.stringify({ ...attempt, figures: mockFigures(attempt) }));
  else if (!options.markdown) out.push(formatMockReport(attempt, commandName()));
  else out.push(`Wrote the report of mock interview ${attempt.id} to ${options.markdown}`);
  if (options.pull) {
    const [{ loadDecks }, { pullCards, pulledLine }] = await Promise.all([import('../content.js'), import('./mock-pull.js')]);
    const line = pulledLine(pullCards(dir, await loadDecks(), attempt.study));
    if (options.json) process.stderr.write(`${line}\n`);
    else out.push(line);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

export function runMockHistory(options: { tag?: string; json?: boolean }): void {
  const history = mockHistory(readMockAttempts(dataDir()), options.tag);
  process.stdout.write(options.json ? `${JSON.stringify(history)}\n` : `${formatMockHistory(history, options.tag, commandName())}\n`);
}
