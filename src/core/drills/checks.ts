/**
 * Runs a drill's structural checks over an attempt (DRILL_CHECKS in the schema).
 */
import type { DrillCheck } from '../deck/schema.js';
import { checkCloudRunLimits } from './cloudrun-limits.js';
import { checkFargateTaskSize, type CheckResult } from './fargate-size.js';
import { checkLatestTag, checkPlainHttp, checkStaticCredentials, type Answers } from './text-checks.js';

export type { CheckResult } from './fargate-size.js';

export function runCheck(check: DrillCheck, answers: Answers): CheckResult {
  switch (check) {
    case 'fargate-task-size':
      return checkFargateTaskSize(answers['fargate.resources'] ?? '');
    case 'cloudrun-limits':
      return checkCloudRunLimits([answers['cloudrun.resources'] ?? '', answers['cloudrun.capacity'] ?? ''].join('\n'));
    case 'static-credentials':
      return checkStaticCredentials(answers);
    case 'plain-http':
      return checkPlainHttp(answers);
    case 'latest-tag':
      return checkLatestTag(answers);
  }
}

export function runChecks(checks: readonly DrillCheck[], answers: Answers): CheckResult[] {
  return checks.map((check) => runCheck(check, answers));
}
