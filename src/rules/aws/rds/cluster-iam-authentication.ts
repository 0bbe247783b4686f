import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-cluster-iam-authentication',
    title: 'Aurora and Neptune clusters accept IAM database authentication',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    description:
      'Checks that IAM database authentication is enabled on Aurora MySQL, Aurora PostgreSQL and Neptune clusters, so that clients authenticate with short-lived tokens tied to their IAM identity instead of stored passwords. DocumentDB, which has no IAM database authentication, is not judged.',
    risk:
      'With passwords as the only way in, credentials spread into configuration and code, are rarely rotated and keep working after people and workloads have moved on.',
    remediation: {
      text: 'Enable IAM database authentication on the cluster, map database users to IAM, and grant rds-db:connect (or neptune-db:*) to the identities that need access.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --enable-iam-database-authentication --apply-immediately',
      terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  EnableIAMDatabaseAuthentication: true',
      console: 'RDS > Databases > cluster > Modify > Database authentication > Password and IAM database authentication > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html', 'https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const engine = detailString(ctx, 'engine');
    if (engine && /^docdb/.test(engine)) return ctx.notApplicable('DocumentDB has no IAM database authentication');
    if (ctx.bool('iamDatabaseAuthenticationEnabled')) return ctx.pass('IAM database authentication is on', 'iamDatabaseAuthenticationEnabled');
    return ctx.fail('IAM database authentication is off: only database passwords are accepted', 'iamDatabaseAuthenticationEnabled');
  },
});
