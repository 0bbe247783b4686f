import type { Rule } from '../../../core/index.js';
import bucketVersioning from './bucket-versioning.js';

export const s3Rules: readonly Rule[] = [bucketVersioning];
