import type { Rule } from '../../../core/index.js';
import streamEncrypted from './stream-encrypted.js';

export const kinesisRules: readonly Rule[] = [streamEncrypted];
