import { defineRule } from '../../../core/index.js';
import { openFromWorld } from './nacl.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-nacl-all-traffic-open',
    title: 'Custom network ACLs do not allow all inbound traffic from the internet',
    severity: 'low',
    provider: 'aws',
    service: 'vpc',
    resourceTypes: ['aws.ec2.network-acl'],
    description:
      'Fails when the first inbound entry (by rule number) that matches traffic on all protocols from 0.0.0.0/0 or ::/0 allows it, ' +
      'i.e. the ACL filters nothing from the internet. Default ACLs, which AWS creates that way, are not judged: their subnets ' +
      'rely on security groups by design.',
    risk: 'An ACL that allows everything adds no second layer: a single permissive security group exposes every port of the instances in the subnet.',
    remediation: {
      text: 'Allow only the protocols and ports the subnet serves (for example 443, and ephemeral ports for return traffic) and let the final deny drop the rest.',
      cli: 'aws ec2 delete-network-acl-entry --network-acl-id ACL_ID --ingress --rule-number 100',
      terraform: 'resource "aws_network_acl_rule" "https_in" {\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = 100\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 443\n  to_port        = 443\n}',
      cloudformation: 'HttpsIn:\n  Type: AWS::EC2::NetworkAclEntry\n  Properties:\n    NetworkAclId: !Ref PublicAcl\n    RuleNumber: 100\n    Protocol: 6\n    RuleAction: allow\n    CidrBlock: 0.0.0.0/0\n    PortRange: { From: 443, To: 443 }',
      console: 'VPC > Network ACLs > ACL > Inbound rules > Edit inbound rules > replace the All traffic allow rule with rules for the needed ports > Save',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('isDefault')) return ctx.notApplicable('Default network ACL: it allows all traffic by design and is left to security groups');
    const v = openFromWorld(ctx.list('ingress'), undefined, [], 'ingress');
    if (v) return ctx.fail(`Inbound entry ${v.ruleNumber ?? '?'} allows all traffic from the internet`, `ingress.${v.index}`);
    return ctx.pass('No inbound entry allows all traffic from the internet', 'ingress');
  },
});
