import { defineRule } from '../../../core/index.js';
import { openFromWorld } from './nacl.js';

const ADMIN = [
  { name: 'SSH', port: 22, protocols: ['tcp'] },
  { name: 'RDP', port: 3389, protocols: ['tcp', 'udp'] },
] as const;

export default defineRule({
  meta: {
    id: 'aws-vpc-nacl-admin-ports-open',
    title: 'Network ACLs do not allow SSH or RDP from the internet',
    severity: 'medium',
    provider: 'aws',
    service: 'vpc',
    resourceTypes: ['aws.ec2.network-acl'],
    description:
      'Evaluates the inbound entries of the network ACL in rule-number order, as AWS does, and fails when the first entry matching ' +
      'traffic from 0.0.0.0/0 or ::/0 to port 22 (SSH) or 3389 (RDP) allows it. Entries for all protocols and port ranges covering ' +
      'those ports count; a lower-numbered deny for the whole internet closes the port.',
    risk:
      'The network ACL is the subnet-wide safety net behind security groups. When it lets remote administration in from anywhere, ' +
      'one loose security group on any instance in the subnet is enough to expose SSH or RDP to scanners and password guessing.',
    remediation: {
      text: 'Replace the allow entries for 22 and 3389 from 0.0.0.0/0 or ::/0 with entries for your admin networks only, or add a lower-numbered deny.',
      cli: 'aws ec2 replace-network-acl-entry --network-acl-id ACL_ID --ingress --rule-number 100 --protocol tcp --port-range From=22,To=22 --cidr-block 10.20.0.0/16 --rule-action allow',
      terraform: 'resource "aws_network_acl_rule" "ssh_from_vpn" {\n  network_acl_id = aws_network_acl.main.id\n  rule_number    = 100\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = "10.20.0.0/16" # the VPN range, not 0.0.0.0/0\n  from_port      = 22\n  to_port        = 22\n}',
      cloudformation: 'SshFromVpn:\n  Type: AWS::EC2::NetworkAclEntry\n  Properties:\n    NetworkAclId: !Ref Acl\n    RuleNumber: 100\n    Protocol: 6\n    RuleAction: allow\n    CidrBlock: 10.20.0.0/16\n    PortRange: { From: 22, To: 22 }',
      console: 'VPC > Network ACLs > ACL > Inbound rules > Edit inbound rules > narrow or remove the rules allowing 22/3389 from 0.0.0.0/0 or ::/0 > Save',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const ingress = ctx.list('ingress');
    const open: { text: string; index: number }[] = [];
    for (const s of ADMIN) {
      const v = openFromWorld(ingress, s.port, s.protocols, 'ingress');
      if (v) open.push({ text: `${s.name} (${s.port}) by entry ${v.ruleNumber ?? '?'}`, index: v.index });
    }
    const first = open[0];
    if (first) return ctx.fail(`The ACL allows from the internet: ${open.map((o) => o.text).join('; ')}`, `ingress.${first.index}`);
    return ctx.pass('No inbound entry lets the internet reach SSH (22) or RDP (3389)', 'ingress');
  },
});
