import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-copy-tags-to-snapshots',
    title: 'RDS instances copy their tags to snapshots',
    severity: 'low',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that the instance copies its tags to the snapshots taken of it, so that ownership, data classification and cost tags follow the data into backups. Aurora instances are judged through their cluster.',
    risk:
      'Untagged snapshots escape tag-based access control (aws:ResourceTag conditions), retention automation and data classification, and are hard to attribute when they are found shared or left behind.',
    remediation: {
      text: 'Turn on copying of tags to snapshots; existing snapshots keep their current tags and need tagging by hand.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --copy-tags-to-snapshot --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  copy_tags_to_snapshot = true\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  CopyTagsToSnapshot: true',
      console: 'RDS > Databases > instance > Modify > Additional configuration > Backup > Copy tags to snapshots > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (detailString(ctx, 'clusterIdentifier')) return ctx.notApplicable('The instance belongs to a DB cluster, which holds this setting: see the cluster rules');
    if (ctx.bool('copyTagsToSnapshot')) return ctx.pass('Tags are copied to snapshots', 'copyTagsToSnapshot');
    return ctx.fail('Tags are not copied to snapshots', 'copyTagsToSnapshot');
  },
});
