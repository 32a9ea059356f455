/** Public API of the drill engine (pure). */
export { remaining, formatClock, WARNING_MS, type Countdown } from './countdown.js';
export { mulberry32, type Random } from './prng.js';
export { solveSubnet, prefixFor, SubnetTooLargeError, MaxPercentBelowSteadyStateError, MIN_MAX_PERCENT, DEFAULT_SUBNET_INPUT, type SubnetInput, type SubnetSolution } from './subnet-solver.js';
export { subnetMistakes, MISTAKE_DESCRIPTIONS, type SubnetMistake, type SubnetMistakeId } from './subnet-mistakes.js';
export { generateSubnetProblem, generateSubnetRound, mistakesSeparate, type SubnetProblem } from './subnet-problems.js';
export { gradeSubnetAnswer, parseSubnetAnswer, type SubnetGrade, type SubnetAnswer } from './subnet-grade.js';
export { instantiateCard, subnetGradeResult, type InstantiatedCard } from './generated.js';
export { runChecks, type CheckResult } from './checks.js';
export { gradeDrill, poorSectionTags, verdictFor, sectionCard, FAILED_CHECK_CAP, CHECK_DEDUCTION, type DrillResult, type SectionResult } from './grade-drill.js';
export { gradeSubnetRound, subnetRoundProblems, problemKey, type SubnetRoundResult, type RoundProblemResult } from './subnet-round.js';
