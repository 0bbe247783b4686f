import type { ResourceTypeDef } from '../../resource.js';

/** Resource types of this area, registered in AWS_RESOURCE_TYPES. */
export const ORGANIZATIONS_TYPES: readonly ResourceTypeDef[] = [];
