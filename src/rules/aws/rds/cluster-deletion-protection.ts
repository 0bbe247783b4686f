import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-cluster-deletion-protection',
    title: 'RDS, DocumentDB and Neptune clusters have deletion protection enabled',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    description:
      'Checks that deletion protection is turned on for the DB cluster, so that DeleteDBCluster is refused until the protection is explicitly removed.',
    risk:
      'Without it a mistaken call, script or infrastructure change can delete the cluster and, when no final snapshot is taken, all of its data.',
    remediation: {
      text: 'Turn on deletion protection for every cluster holding data that matters.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --deletion-protection --apply-immediately',
      terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  deletion_protection = true\n}',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  DeletionProtection: true',
      console: 'RDS > Databases > cluster > Modify > Deletion protection: Enable > Continue > Apply immediately',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const d = detailString(ctx, 'engine');
    const about = d ? ` (${d})` : '';
    if (ctx.bool('deletionProtection')) return ctx.pass(`Deletion protection is on${about}`, 'deletionProtection');
    return ctx.fail(`Deletion protection is off: the cluster can be deleted in one call${about}`, 'deletionProtection');
  },
});
