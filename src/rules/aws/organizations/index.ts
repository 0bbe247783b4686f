import type { Rule } from '../../../core/index.js';

export const organizationsRules: readonly Rule[] = [];
