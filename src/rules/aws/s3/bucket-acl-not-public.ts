import { defineRule, isJsonObject } from '../../../core/index.js';
import { flagState } from './public-access-helpers.js';

const PUBLIC_GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'everyone (AllUsers)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'any AWS account (AuthenticatedUsers)',
};

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-acl-not-public',
    title: 'S3 bucket ACLs grant nothing to everyone or to all AWS accounts',
    severity: 'critical',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks the bucket ACL (canned or explicit grants) for grants to the AllUsers or AuthenticatedUsers groups. For live buckets the grant ' +
      'has no effect, and the bucket passes, when ACLs are disabled (Object Ownership BucketOwnerEnforced) or IgnorePublicAcls applies. ' +
      'Infrastructure code that declares a public ACL fails unless it also turns IgnorePublicAcls on.',
    risk:
      'AuthenticatedUsers means any of the millions of AWS accounts, not just yours; AllUsers means anonymous internet access. Such grants ' +
      'list, read or overwrite the bucket\'s data for anyone.',
    remediation: {
      text: 'Set the bucket ACL to private and disable ACLs altogether with Object Ownership "Bucket owner enforced"; grant access with bucket policies instead.',
      cli: 'aws s3api put-bucket-acl --bucket BUCKET --acl private\naws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
      terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
      cloudformation: 'OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced\n# and remove AccessControl: PublicRead / PublicReadWrite / AuthenticatedRead',
      console: 'S3 > bucket > Permissions > Object Ownership > Edit > ACLs disabled (recommended)',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html'],
    sources: ['live', 'iac'],
    tags: ['public-access'],
  },
  check(ctx) {
    const grants = ctx.list('acl.grants');
    const open: string[] = [];
    grants.forEach((_, i) => {
      const uri = ctx.get(`acl.grants.${i}.granteeUri`);
      if (typeof uri === 'string' && PUBLIC_GROUPS[uri]) open.push(`${String(ctx.get(`acl.grants.${i}.permission`))} to ${PUBLIC_GROUPS[uri]}`);
    });
    if (open.length === 0) {
      const canned = isJsonObject(ctx.get('acl')) ? ctx.string('acl.cannedAcl') : undefined;
      return ctx.pass(`The bucket ACL grants nothing to the public${canned ? ` (${canned})` : ''}`, 'acl');
    }
    if (ctx.resource.provenance.kind === 'live' && ctx.string('ownershipControls') === 'BucketOwnerEnforced') {
      return ctx.pass('ACLs are disabled (BucketOwnerEnforced), so the public grants have no effect', 'ownershipControls');
    }
    const ignore = flagState(ctx, 'ignorePublicAcls');
    if (ignore.on) return ctx.pass(`The ACL grants ${open.join(', ')}, but IgnorePublicAcls (${ignore.level} level) voids it`, 'acl');
    return ctx.fail(`The bucket ACL grants ${open.join(', ')}`, 'acl');
  },
});
