import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

const publicAccessBlockFields = {
  blockPublicAcls: a.bool('Reject requests that add a public ACL', { default: false }),
  ignorePublicAcls: a.bool('Ignore public ACLs already present', { default: false }),
  blockPublicPolicy: a.bool('Reject bucket policies that grant public access', { default: false }),
  restrictPublicBuckets: a.bool('Limit access under a public policy to AWS services and the owner account', { default: false }),
};

export const s3Bucket = defineResourceType({
  type: 'aws.s3.bucket',
  provider: 'aws',
  service: 's3',
  description: 'An S3 bucket, joined with its public access block, encryption, versioning, logging, ACL and policy.',
  aliases: ['aws_s3_bucket', 'AWS::S3::Bucket', 's3_bucket', 'bucket'],
  attributes: {
    publicAccessBlock: a.object(publicAccessBlockFields, 'Bucket-level S3 Block Public Access settings', {
      default: null,
      defaultNote: 'No bucket-level configuration: only the account-level settings apply',
    }),
    encryption: a.object(
      {
        enabled: a.bool('Default encryption is configured', { default: true }),
        type: a.enum(['AES256', 'aws:kms', 'aws:kms:dsse'] as const, 'Server-side encryption algorithm', { default: 'AES256' }),
        kmsKeyId: a.string('KMS key used for SSE-KMS'),
        bucketKeyEnabled: a.bool('S3 Bucket Key reduces KMS requests', { default: false }),
      },
      'Default server-side encryption',
      {
        default: { enabled: true, type: 'AES256' },
        defaultNote: 'Since January 2023 S3 encrypts every new object with SSE-S3 (AES256) when nothing else is configured',
      },
    ),
    versioning: a.object(
      {
        enabled: a.bool('Versioning status is Enabled', { default: false }),
        status: a.enum(['Enabled', 'Suspended', 'Disabled'] as const, 'Versioning status as the API reports it', { default: 'Disabled' }),
        mfaDelete: a.bool('MFA delete is enabled', { default: false }),
      },
      'Object versioning',
      { default: { enabled: false, status: 'Disabled', mfaDelete: false }, defaultNote: 'New buckets are unversioned' },
    ),
    logging: a.object(
      {
        enabled: a.bool('Server access logging is on', { default: false }),
        targetBucket: a.string('Bucket receiving the access logs'),
        targetPrefix: a.string('Key prefix of the log objects'),
      },
      'Server access logging',
      { default: { enabled: false }, defaultNote: 'Server access logging is off unless configured' },
    ),
    acl: a.object(
      {
        cannedAcl: a.string('Canned ACL applied, e.g. private, public-read'),
        grants: a.list(
          a.object(
            {
              granteeType: a.enum(['CanonicalUser', 'AmazonCustomerByEmail', 'Group'] as const, 'Kind of grantee'),
              granteeUri: a.string('Group URI, e.g. http://acs.amazonaws.com/groups/global/AllUsers'),
              granteeId: a.string('Canonical user id of the grantee'),
              permission: a.enum(['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP'] as const, 'Permission granted'),
            },
            'One ACL grant',
          ),
          'ACL grants',
        ),
      },
      'Access control list',
      { default: { cannedAcl: 'private', grants: [] }, defaultNote: 'New buckets are private' },
    ),
    policy: a.json('Bucket policy document (parsed JSON)', { default: null, defaultNote: 'No bucket policy' }),
    ownershipControls: a.enum(['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'] as const, 'Object ownership setting', {
      default: 'BucketOwnerEnforced',
      defaultNote: 'Since April 2023 new buckets disable ACLs (BucketOwnerEnforced)',
    }),
  },
});

export const s3AccountSettings = defineResourceType({
  type: 'aws.s3.account-settings',
  provider: 'aws',
  service: 's3',
  description: 'Account-wide S3 settings, chiefly the account-level Block Public Access configuration.',
  aliases: ['aws_s3_account_public_access_block', 'AWS::S3::AccountPublicAccessBlock'],
  attributes: {
    publicAccessBlock: a.object(publicAccessBlockFields, 'Account-level S3 Block Public Access settings', {
      default: null,
      defaultNote: 'No account-level configuration',
    }),
  },
});
