import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-deletion-protection',
    title: 'RDS instances have deletion protection enabled',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that deletion protection is turned on for standalone database instances. While it is on, the DeleteDBInstance call is refused until someone modifies the instance to turn it off. Instances of an Aurora or Multi-AZ DB cluster are judged through their cluster.',
    risk:
      'Without it one mistaken console click, script or `terraform destroy` removes the database; if final snapshots are skipped the data is gone with it.',
    remediation: {
      text: 'Turn on deletion protection for every instance that holds data you cannot recreate. Infrastructure code must then turn it off explicitly before a planned deletion.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --deletion-protection --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  deletion_protection = true\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  DeletionProtection: true',
      console: 'RDS > Databases > instance > Modify > Deletion protection: Enable deletion protection > Continue > Apply immediately',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (detailString(ctx, 'clusterIdentifier')) return ctx.notApplicable('The instance belongs to a DB cluster, which holds this setting: see the cluster rules');
    const d = detailString(ctx, 'engine');
    const about = d ? ` (${d})` : '';
    if (ctx.bool('deletionProtection')) return ctx.pass(`Deletion protection is on${about}`, 'deletionProtection');
    return ctx.fail(`Deletion protection is off: the instance can be deleted in one call${about}`, 'deletionProtection');
  },
});
