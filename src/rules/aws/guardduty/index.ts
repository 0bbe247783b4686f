import type { Rule } from '../../../core/index.js';
import enabled from './enabled.js';

export const guarddutyRules: readonly Rule[] = [enabled];
