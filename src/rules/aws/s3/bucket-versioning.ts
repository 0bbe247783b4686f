import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-versioning',
    title: 'S3 buckets keep object versions',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that versioning is Enabled on the bucket. A suspended or never-enabled bucket keeps only the latest copy of each object.',
    risk: 'Without versioning, an overwrite or delete (by mistake, by a compromised credential or by ransomware) destroys the only copy of the data.',
    remediation: {
      text: 'Turn versioning on for the bucket, and add a lifecycle rule that expires old versions so storage costs stay bounded.',
      cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled',
      terraform:
        'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
      cloudformation: 'VersioningConfiguration:\n  Status: Enabled',
      console: 'S3 > bucket > Properties > Bucket Versioning > Edit > Enable',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('versioning.enabled')) return ctx.pass('Versioning is enabled', 'versioning.enabled');
    const status = ctx.string('versioning.status');
    const how = status === 'Suspended' ? 'suspended' : 'not enabled';
    return ctx.fail(`Versioning is ${how}: overwritten or deleted objects cannot be recovered`, 'versioning.enabled');
  },
});
