export type { Control, ControlCoverage, Framework } from './model.js';
export { controlCoverage } from './model.js';
export { builtinFrameworkDir, builtinFrameworkIds, builtinFrameworks, findFramework, loadFrameworkFile, loadFrameworks, parseFramework } from './load.js';
export { MAX_FRAMEWORK_DEPTH, estimateNestingDepth, formatFieldPath } from './yaml.js';
export { complianceIndex, describeComplianceRefs, groupComplianceRefs, unknownRuleIds } from './compliance.js';
export type { ComplianceGroup, UnknownRuleRef } from './compliance.js';
export { CONTROL_STATUSES, failedControls, scoreFramework } from './score.js';
export type { ControlScore, ControlStatus, FrameworkScore, ResourceCounts, ResultCounts } from './score.js';
