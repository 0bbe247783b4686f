import type { CfnAdapter } from './types.js';

/** CloudFormation adapters of this area (registered in CFN_ADAPTERS). */
export const CFN_ORGANIZATIONS_ADAPTERS: readonly CfnAdapter[] = [];
