import type { Rule } from '../../../core/index.js';
import rootAccessKeys from './root-access-keys.js';
import userConsoleMfa from './user-console-mfa.js';

export const iamRules: readonly Rule[] = [rootAccessKeys, userConsoleMfa];
