import type { Rule } from '../../../core/index.js';
import fileSystemEncrypted from './file-system-encrypted.js';

export const efsRules: readonly Rule[] = [fileSystemEncrypted];
