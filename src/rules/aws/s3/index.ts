import type { Rule } from '../../../core/index.js';
import bucketAccessLogging from './bucket-access-logging.js';
import bucketDefaultEncryption from './bucket-default-encryption.js';
import bucketPublicAccessBlock from './bucket-public-access-block.js';
import bucketVersioning from './bucket-versioning.js';
import bucketAclNotPublic from './bucket-acl-not-public.js';
import bucketBlockPublicAcls from './bucket-block-public-acls.js';
import bucketBlockPublicPolicy from './bucket-block-public-policy.js';
import bucketIgnorePublicAcls from './bucket-ignore-public-acls.js';
import bucketPolicyCrossAccount from './bucket-policy-cross-account.js';
import bucketPolicyNotPublic from './bucket-policy-not-public.js';
import bucketRestrictPublicBuckets from './bucket-restrict-public-buckets.js';
import bucketTlsRequired from './bucket-tls-required.js';
import bucketAclsDisabled from './bucket-acls-disabled.js';
import bucketCustomerKey from './bucket-customer-key.js';
import bucketMfaDelete from './bucket-mfa-delete.js';

export const s3Rules: readonly Rule[] = [bucketPublicAccessBlock, bucketDefaultEncryption, bucketVersioning, bucketAccessLogging, bucketAclsDisabled, bucketCustomerKey, bucketMfaDelete];

/** Block Public Access per switch, bucket policy and ACL rules of the identity rule set. */
export const s3AccessRules: readonly Rule[] = [bucketBlockPublicAcls, bucketIgnorePublicAcls, bucketBlockPublicPolicy, bucketRestrictPublicBuckets, bucketPolicyNotPublic, bucketPolicyCrossAccount, bucketTlsRequired, bucketAclNotPublic];
