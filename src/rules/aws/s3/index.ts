import type { Rule } from '../../../core/index.js';
import bucketAccessLogging from './bucket-access-logging.js';
import bucketDefaultEncryption from './bucket-default-encryption.js';
import bucketPublicAccessBlock from './bucket-public-access-block.js';
import bucketVersioning from './bucket-versioning.js';

export const s3Rules: readonly Rule[] = [bucketPublicAccessBlock, bucketDefaultEncryption, bucketVersioning, bucketAccessLogging];
