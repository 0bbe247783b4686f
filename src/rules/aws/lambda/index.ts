import type { Rule } from '../../../core/index.js';
import functionNotPublic from './function-not-public.js';
import functionSupportedRuntime from './function-supported-runtime.js';
import functionTracing from './function-tracing.js';
import functionUrlAuth from './function-url-auth.js';

export const lambdaRules: readonly Rule[] = [functionNotPublic, functionSupportedRuntime, functionTracing, functionUrlAuth];
