import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-not-public',
    title: 'RDS instances are not publicly accessible',
    severity: 'critical',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that the PubliclyAccessible setting of the database instance is off. With it on, the endpoint name resolves to ' +
      'a public address and only the security groups and network ACLs stand between the database and the internet.',
    risk:
      'A database that answers on a public address is exposed to credential guessing and engine exploits from anywhere; one ' +
      'permissive security group rule is then all it takes for the data to be read or destroyed.',
    remediation: {
      text:
        'Turn off public accessibility and keep the instance in private subnets. Let applications reach it from inside the VPC, ' +
        'and people through a bastion, Session Manager port forwarding or a VPN.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --no-publicly-accessible --apply-immediately',
      terraform:
        'resource "aws_db_instance" "this" {\n  # ...\n  publicly_accessible  = false\n  db_subnet_group_name = aws_db_subnet_group.private.name\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  PubliclyAccessible: false\n  DBSubnetGroupName: !Ref PrivateSubnetGroup',
      console: 'RDS > Databases > instance > Modify > Connectivity > Additional configuration > Not publicly accessible > Continue > Apply immediately',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('publiclyAccessible')) {
      const engine = detailString(ctx, 'engine');
      return ctx.fail(`The ${engine ? `${engine} ` : ''}instance is publicly accessible: its endpoint resolves to a public address`, 'publiclyAccessible');
    }
    return ctx.pass('The instance is reachable only from inside its VPC', 'publiclyAccessible');
  },
});
