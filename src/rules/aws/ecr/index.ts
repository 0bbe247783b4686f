import type { Rule } from '../../../core/index.js';
import repositoryScanOnPush from './repository-scan-on-push.js';

export const ecrRules: readonly Rule[] = [repositoryScanOnPush];
