import type { Rule } from '../../../core/index.js';
import instanceNotPublic from './instance-not-public.js';
import instanceStorageEncrypted from './instance-storage-encrypted.js';

export const rdsRules: readonly Rule[] = [instanceNotPublic, instanceStorageEncrypted];
