import type { Rule } from '../../../core/index.js';
import distributionAccessLogging from './distribution-access-logging.js';
import distributionHttpsOnly from './distribution-https-only.js';
import distributionTlsVersion from './distribution-tls-version.js';
import distributionWaf from './distribution-waf.js';

export const cloudfrontRules: readonly Rule[] = [distributionAccessLogging, distributionHttpsOnly, distributionTlsVersion, distributionWaf];
