#!/usr/bin/env node
// One coverage figure for in-process and subprocess tests together.
//
// 1. Build with source maps (tsc → dist/, esbuild → dist/bundle/ with linked maps).
// 2. Run the suite with vitest's v8 coverage for code the tests import, while
//    NODE_V8_COVERAGE makes every spawned drillbit process (plain, pty, kill -9
//    tests) write its own V8 coverage.
// 3. c8 maps the bundle's coverage back to src/ through the source maps.
// 4. Both are merged (istanbul-lib-coverage) and reported per layer and in total.
// Finally the normal (minified, map-free) build is restored.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'drillbit-coverage-'));
// A test runs the binary as another user (nobody): its coverage must be writable by anyone (sticky, like /tmp).
mkdirSync(join(work, 'raw'));
chmodSync(work, 0o755);
chmodSync(join(work, 'raw'), 0o1777);
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

let status = 0;
try {
  if (run('npx', ['tsc', '-p', 'tsconfig.build.json', '--sourceMap']) !== 0) throw new Error('tsc failed');
  if (run(process.execPath, ['scripts/bundle.mjs'], { DRILLBIT_SOURCEMAP: '1' }) !== 0) throw new Error('bundle failed');
  status = run('npx', ['vitest', 'run', '--coverage.enabled', '--coverage.provider=v8', '--coverage.reporter=json', `--coverage.reportsDirectory=${join(work, 'vitest')}`, '--coverage.include=src/**', '--coverage.reportOnFailure', ...process.argv.slice(2)], { NODE_V8_COVERAGE: join(work, 'raw') });
  if (run('npx', ['c8', 'report', '--temp-directory', join(work, 'raw'), '--reporter=json', '--report-dir', join(work, 'c8'), '--include', 'dist/bundle/**', '--all=false', '--exclude-node-modules']) !== 0) throw new Error('c8 report failed');

  const map = libCoverage.createCoverageMap({});
  for (const file of [join(work, 'vitest', 'coverage-final.json'), join(work, 'c8', 'coverage-final.json')]) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const [path, cov] of Object.entries(data)) if (relative(root, path).startsWith(`src${sep}`)) map.merge({ [path]: cov });
  }
  const layers = new Map();
  const total = { covered: 0, total: 0 };
  for (const path of map.files()) {
    const lines = map.fileCoverageFor(path).getLineCoverage();
    const layer = relative(root, path).split(sep).slice(0, 2).join('/');
    const entry = layers.get(layer) ?? { covered: 0, total: 0 };
    for (const hits of Object.values(lines)) {
      entry.total++;
      total.total++;
      if (hits > 0) (entry.covered++, total.covered++);
    }
    layers.set(layer, entry);
  }
  const pct = ({ covered, total: all }) => (all ? ((100 * covered) / all).toFixed(1) : '—');
  const context = libReport.createContext({ dir: join(root, 'coverage'), coverageMap: map });
  reports.create('html').execute(context);
  console.log('\nLine coverage, in-process and subprocess tests together (report: coverage/index.html)');
  for (const [layer, entry] of [...layers].sort()) console.log(`  ${layer.padEnd(16)} ${pct(entry).padStart(5)} %  (${entry.covered}/${entry.total} lines)`);
  console.log(`  ${'all of src'.padEnd(16)} ${pct(total).padStart(5)} %  (${total.covered}/${total.total} lines)`);
  // Branches and functions from the merged map: a branch or function counts as run when either kind of test ran it.
  const summary = map.getCoverageSummary();
  const figure = (name) => `${summary[name].pct.toFixed(1)} % (${summary[name].covered}/${summary[name].total})`;
  console.log(`  all of src: lines ${figure('lines')}, branches ${figure('branches')}, functions ${figure('functions')}, statements ${figure('statements')}`);
} catch (error) {
  console.error(`coverage: ${error.message}`);
  status = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
  // Put the normal build back.
  run('npm', ['run', 'build', '--silent']);
}
process.exit(status);
