import type { Rule } from '../../../core/index.js';
import secretRotationEnabled from './secret-rotation-enabled.js';

export const secretsmanagerRules: readonly Rule[] = [secretRotationEnabled];
