/**
 * Runs a drill's structural checks over an attempt (DRILL_CHECKS in the schema).
 * A failed check names the sections it concerns (`sections`), so grading can
 * lower those sections: fargate-task-size → fargate.resources; cloudrun-limits
 * → whichever of cloudrun.resources / cloudrun.capacity breaks a limit (both
 * when the problem spans them); the text checks → every section with an
 * offending sentence (the image, identity and tls sections in practice).
 */
import type { DrillCheck } from '../deck/schema.js';
import { checkCloudRunLimits, cloudRunProblems } from './cloudrun-limits.js';
import { checkFargateTaskSize, type CheckResult } from './fargate-size.js';
import { checkLatestTag, checkPlainHttp, checkStaticCredentials, latestTag, plainHttp, sectionsMatching, staticCredentials, type Answers } from './text-checks.js';

export type { CheckResult } from './fargate-size.js';

const CLOUDRUN_SECTIONS = ['cloudrun.resources', 'cloudrun.capacity'] as const;

/** The Cloud Run sections whose own text breaks a limit; both stated ones when only their combination does. */
function cloudRunSections(answers: Answers): string[] {
  const alone = CLOUDRUN_SECTIONS.filter((id) => cloudRunProblems(answers[id] ?? '').problems.length > 0);
  if (alone.length) return alone;
  return CLOUDRUN_SECTIONS.filter((id) => (answers[id] ?? '').trim() !== '');
}

function failedSections(check: DrillCheck, answers: Answers): string[] {
  switch (check) {
    case 'fargate-task-size':
      return ['fargate.resources'];
    case 'cloudrun-limits':
      return cloudRunSections(answers);
    case 'static-credentials':
      return sectionsMatching(answers, staticCredentials);
    case 'plain-http':
      return sectionsMatching(answers, plainHttp);
    case 'latest-tag':
      return sectionsMatching(answers, latestTag);
  }
}

function evaluate(check: DrillCheck, answers: Answers): CheckResult {
  switch (check) {
    case 'fargate-task-size':
      return checkFargateTaskSize(answers['fargate.resources'] ?? '');
    case 'cloudrun-limits':
      return checkCloudRunLimits(CLOUDRUN_SECTIONS.map((id) => answers[id] ?? '').join('\n'));
    case 'static-credentials':
      return checkStaticCredentials(answers);
    case 'plain-http':
      return checkPlainHttp(answers);
    case 'latest-tag':
      return checkLatestTag(answers);
  }
}

/** One check's result; a failure carries the sections it concerns. */
export function runCheck(check: DrillCheck, answers: Answers): CheckResult {
  const result = evaluate(check, answers);
  return result.ok ? result : { ...result, sections: failedSections(check, answers) };
}

export function runChecks(checks: readonly DrillCheck[], answers: Answers): CheckResult[] {
  return checks.map((check) => runCheck(check, answers));
}
