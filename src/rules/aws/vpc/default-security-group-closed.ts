import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-default-security-group-closed',
    title: 'The default security group of each VPC allows no traffic',
    severity: 'medium',
    provider: 'aws',
    service: 'vpc',
    resourceTypes: ['aws.ec2.security-group'],
    description:
      "Checks the security group named 'default' of each VPC: it must have no inbound and no outbound rules. AWS creates it with " +
      'an allow-all outbound rule and an inbound rule for its own members, and resources launched without a group land in it.',
    risk: 'Resources placed in the default group by accident can talk to each other freely and reach the internet, bypassing the least-privilege groups the design relies on.',
    remediation: {
      text: 'Remove every inbound and outbound rule of the default group and move any resource using it to a purpose-made group.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id DEFAULT_SG_ID --ip-permissions \'[{"IpProtocol":"-1","UserIdGroupPairs":[{"GroupId":"DEFAULT_SG_ID"}]}]\'\naws ec2 revoke-security-group-egress --group-id DEFAULT_SG_ID --ip-permissions \'[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
      terraform: '# Adopting the default group without rule blocks removes all of its rules\nresource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n}',
      console: 'VPC > Security groups > group named default > Inbound rules > Edit > delete all > Save; Outbound rules > Edit > delete all > Save',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.string('groupName') !== 'default') return ctx.notApplicable('Not a default security group');
    const ingress = ctx.list('ingress');
    const egress = ctx.list('egress');
    if (ingress.length || egress.length) return ctx.fail(`The default security group still has ${ingress.length} inbound and ${egress.length} outbound rule(s)`, ingress.length ? 'ingress' : 'egress');
    return ctx.pass('The default security group has no rules', 'ingress');
  },
});
