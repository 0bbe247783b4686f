import type { Rule } from '../../../core/index.js';
import enabled from './enabled.js';

export const securityhubRules: readonly Rule[] = [enabled];
