import type { Rule } from '../../../core/index.js';
import controlPlaneLogging from './control-plane-logging.js';
import endpointNotPublic from './endpoint-not-public.js';
import secretsEncryption from './secrets-encryption.js';

export const eksRules: readonly Rule[] = [controlPlaneLogging, endpointNotPublic, secretsEncryption];
