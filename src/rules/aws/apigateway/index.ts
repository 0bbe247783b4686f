import type { Rule } from '../../../core/index.js';
import stageAccessLogging from './stage-access-logging.js';
import stageCacheEncrypted from './stage-cache-encrypted.js';
import stageXrayTracing from './stage-xray-tracing.js';

export const apigatewayRules: readonly Rule[] = [stageAccessLogging, stageCacheEncrypted, stageXrayTracing];
