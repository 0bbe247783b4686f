import type { CfnAdapter } from './types.js';

/** CloudFormation adapters of this area (registered in CFN_ADAPTERS). */
export const CFN_ROUTING_ADAPTERS: readonly CfnAdapter[] = [];
