import type { Rule } from '../../../core/index.js';
import clusterContainerInsights from './cluster-container-insights.js';
import taskEfsTransitEncryption from './task-efs-transit-encryption.js';
import taskNoSecretsInEnvironment from './task-no-secrets-in-environment.js';

export const ecsRules: readonly Rule[] = [clusterContainerInsights, taskEfsTransitEncryption, taskNoSecretsInEnvironment];
