import type { Resource, RuleContext } from '../../../core/index.js';
import { UnknownEvidenceError, defineRule } from '../../../core/index.js';

/** The four S3 Block Public Access switches, in the order the API lists them. */
const FLAGS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const;
type Flag = (typeof FLAGS)[number];

const ACCOUNT_TYPE = 'aws.s3.account-settings';

function listFlags(flags: readonly Flag[]): string {
  return flags.join(', ');
}

/** Flags that are off in the bucket's own configuration. Throws when that configuration is unknown. */
function bucketFlagsOff(ctx: RuleContext): Flag[] {
  return FLAGS.filter((f) => !ctx.bool(`publicAccessBlock.${f}`));
}

/**
 * Flags that are off at account level, for the bucket's account. Throws UnknownEvidenceError when the
 * account settings were not collected or could not be read: without them a partial bucket-level
 * configuration can be neither passed nor failed.
 */
function accountFlagsOff(ctx: RuleContext, flags: readonly Flag[]): Flag[] {
  const account = ctx.resource.account;
  const settings: Resource | undefined = ctx.inventory.byType(ACCOUNT_TYPE).find((r) => r.account === account);
  if (!settings) {
    throw new UnknownEvidenceError('account-level publicAccessBlock', {
      kind: 'not-collected',
      message: `the account-level S3 Block Public Access settings of account ${account ?? '(unknown account)'} were not collected`,
    });
  }
  return flags.filter((f) => {
    try {
      return ctx.getOf(settings, `publicAccessBlock.${f}`) !== true;
    } catch (err) {
      if (err instanceof UnknownEvidenceError) throw new UnknownEvidenceError(`account-level publicAccessBlock.${f}`, err.cause);
      throw err;
    }
  });
}

/** True only when the account settings are known and turn all four switches on. */
function accountCoversAll(ctx: RuleContext): boolean {
  try {
    return accountFlagsOff(ctx, FLAGS).length === 0;
  } catch (err) {
    if (err instanceof UnknownEvidenceError) return false;
    throw err;
  }
}

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-public-access-block',
    title: 'S3 buckets are covered by all four Block Public Access protections',
    severity: 'high',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all apply to the bucket. ' +
      'S3 combines the bucket-level and the account-level settings and enforces whichever is stricter, so for scanned accounts a ' +
      'switch left off on the bucket still counts as on when the account turns it on. Infrastructure code is judged on the ' +
      'bucket-level block it declares, because the account the code will be deployed to is not known.',
    risk:
      'With any of the switches off, one careless bucket policy or object ACL is enough to expose the data to the whole internet. ' +
      'Block Public Access is the guard rail that stops that mistake at the API, before data leaks.',
    remediation: {
      text:
        'Turn on all four Block Public Access settings for the bucket (or for the whole account when no bucket there should ever be public). ' +
        'If the bucket really serves public content, put CloudFront with origin access control in front of it instead of opening the bucket.',
      cli: 'aws s3api put-public-access-block --bucket BUCKET \\\n  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform:
        'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      cloudformation:
        'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  IgnorePublicAcls: true\n  BlockPublicPolicy: true\n  RestrictPublicBuckets: true',
      console: 'S3 > bucket > Permissions > Block public access (bucket settings) > Edit > tick "Block all public access" > Save',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const live = ctx.resource.provenance.kind === 'live';
    let configured: boolean;
    let offAtBucket: Flag[];
    try {
      configured = ctx.isSet('publicAccessBlock');
      offAtBucket = bucketFlagsOff(ctx);
    } catch (err) {
      // S3 enforces the stricter of the two levels: an account that turns all four on covers a
      // bucket whose own settings could not be read. Anything less leaves the bucket's cause standing.
      if (!(err instanceof UnknownEvidenceError) || !live || !accountCoversAll(ctx)) throw err;
      return ctx.pass(`All four Block Public Access settings are on at account level (the bucket's own settings could not be read: ${err.message})`);
    }
    if (offAtBucket.length === 0) return ctx.pass('All four Block Public Access settings are on for the bucket', 'publicAccessBlock');

    const bucketPart = configured ? `off at bucket level: ${listFlags(offAtBucket)}` : 'no bucket-level Block Public Access configuration';
    const path = configured ? `publicAccessBlock.${offAtBucket[0]}` : 'publicAccessBlock';
    if (!live) {
      return ctx.fail(`Block Public Access is incomplete (${bucketPart}); declare all four settings for the bucket`, path);
    }
    const stillOff = accountFlagsOff(ctx, offAtBucket);
    if (stillOff.length === 0) {
      return ctx.pass(`All four Block Public Access settings apply: ${bucketPart}, but the account-level settings turn ${offAtBucket.length === 1 ? 'it' : 'them'} on`);
    }
    return ctx.fail(`Block Public Access is incomplete (${bucketPart}); off at account level${configured ? ' too' : ''}: ${listFlags(stillOff)}`, path);
  },
});
