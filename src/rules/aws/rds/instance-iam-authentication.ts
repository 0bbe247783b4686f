import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-iam-authentication',
    title: 'RDS instances accept IAM database authentication',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that IAM database authentication is enabled on standalone MySQL, MariaDB and PostgreSQL instances, so that users and applications can log in with short-lived tokens signed by their IAM identity instead of stored passwords. Aurora instances are judged through their cluster.',
    risk:
      'With passwords as the only way in, database credentials end up in configuration files and environment variables, are rarely rotated, and keep working after the person or workload that used them has left.',
    remediation: {
      text: 'Enable IAM database authentication, create database users mapped to IAM (the rds_iam role or the AWSAuthenticationPlugin) and grant rds-db:connect to the identities that need access.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --enable-iam-database-authentication --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  EnableIAMDatabaseAuthentication: true',
      console: 'RDS > Databases > instance > Modify > Database authentication > Password and IAM database authentication > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (detailString(ctx, 'clusterIdentifier')) return ctx.notApplicable('The instance belongs to a DB cluster, which holds this setting: see the cluster rules');
    const engine = detailString(ctx, 'engine');
    if (engine && !/mysql|mariadb|postgres/.test(engine)) return ctx.notApplicable(`IAM database authentication is not available for ${engine}`);
    if (ctx.bool('iamDatabaseAuthentication')) return ctx.pass('IAM database authentication is on', 'iamDatabaseAuthentication');
    return ctx.fail('IAM database authentication is off: only database passwords are accepted', 'iamDatabaseAuthentication');
  },
});
