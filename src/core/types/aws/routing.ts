import type { ResourceTypeDef } from '../../resource.js';

/** Resource types of this area, registered in AWS_RESOURCE_TYPES. */
export const ROUTING_TYPES: readonly ResourceTypeDef[] = [];
