import type { Collector } from '../scope.js';

/** Collectors of this area, in a fixed order (registered in AWS_COLLECTORS). */
export const ANALYTICS_COLLECTORS: readonly Collector[] = [];
