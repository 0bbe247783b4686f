import type { Rule } from '../../../core/index.js';
import secretRotatedRecently from './secret-rotated-recently.js';
import secretRotationEnabled from './secret-rotation-enabled.js';

export const secretsmanagerRules: readonly Rule[] = [secretRotatedRecently, secretRotationEnabled];
