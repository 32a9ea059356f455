// Where the shared benchmark data lives: $DRILLBIT_BENCHMARKS, else the first
// `shared/benchmarks` found next to the repository or one of its parents
// (the main checkout has it at ../shared, a worktree at ../../shared).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function benchmarksDir(root) {
  if (process.env.DRILLBIT_BENCHMARKS) return resolve(process.env.DRILLBIT_BENCHMARKS);
  let dir = resolve(root, '..');
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'shared', 'benchmarks');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(resolve(root, '..'), 'shared', 'benchmarks');
}
