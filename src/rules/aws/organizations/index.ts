import type { Rule } from '../../../core/index.js';
import allFeatures from './all-features.js';
import scpAttached from './scp-attached.js';

export const organizationsRules: readonly Rule[] = [allFeatures, scpAttached];
