import type { Rule } from '../../core/index.js';
import { s3Rules } from './s3/index.js';

export const awsRules: readonly Rule[] = [...s3Rules];
