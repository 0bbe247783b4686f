import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-multi-az',
    title: 'RDS instances are deployed across Availability Zones',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that standalone database instances run as Multi-AZ deployments, with a synchronous standby in a second Availability Zone that RDS fails over to. Aurora instances are judged through their cluster, which spreads its storage across zones by design.',
    risk:
      'A single-AZ instance is down for as long as its zone or host has a problem, and maintenance such as OS patching causes downtime instead of a short failover.',
    remediation: {
      text: 'Convert production instances to Multi-AZ. The change creates a standby from a snapshot and can cause a short performance dip; schedule it in a quiet period.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --multi-az --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  multi_az = true\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  MultiAZ: true',
      console: 'RDS > Databases > instance > Modify > Availability & durability > Create a standby instance > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (detailString(ctx, 'clusterIdentifier')) return ctx.notApplicable('The instance belongs to a DB cluster, which holds this setting: see the cluster rules');
    if (ctx.bool('multiAz')) return ctx.pass('The instance has a standby in another Availability Zone', 'multiAz');
    return ctx.fail('The instance runs in a single Availability Zone', 'multiAz');
  },
});
