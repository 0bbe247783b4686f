import type { Rule } from '../core/index.js';
import { awsRules } from './aws/index.js';

/** Every built-in rule. Ids are unique (checked by scripts/check-rules and a test). */
export function builtinRules(): readonly Rule[] {
  return awsRules;
}
