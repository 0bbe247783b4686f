import type { Rule } from '../../../core/index.js';
import aggregatorAllRegions from './aggregator-all-regions.js';
import recorderEnabled from './recorder-enabled.js';

export const configRules: readonly Rule[] = [recorderEnabled, aggregatorAllRegions];
