import type { Rule } from '../../../core/index.js';
import functionEnvironmentCustomerKey from './function-environment-customer-key.js';
import functionNoSecretsInEnvironment from './function-no-secrets-in-environment.js';
import functionNotPublic from './function-not-public.js';
import functionSupportedRuntime from './function-supported-runtime.js';
import functionTracing from './function-tracing.js';
import functionUrlAuth from './function-url-auth.js';
import permissionSourceRestricted from './permission-source-restricted.js';

export const lambdaRules: readonly Rule[] = [functionEnvironmentCustomerKey, functionNoSecretsInEnvironment, functionNotPublic, functionSupportedRuntime, functionTracing, functionUrlAuth, permissionSourceRestricted];
