import { UnknownEvidenceError, defineRule } from '../../../core/index.js';
import type { UnknownPart } from './ingress.js';
import { allowsAllPorts, both, isUnknownPart, openToWorld, peerOf, protocolOf } from './ingress.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-all-ports-open',
    title: 'Security groups do not accept all traffic from the internet',
    severity: 'critical',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    description:
      'Checks every inbound rule of the group for a source of 0.0.0.0/0 or ::/0 combined with all protocols (-1) or with the ' +
      'full TCP or UDP port range 0-65535.',
    risk:
      'Every service on every instance behind the group becomes reachable from anywhere, including databases, caches, admin ' +
      'consoles and debug endpoints that were never meant to be exposed and often have no authentication of their own.',
    remediation: {
      text:
        'Replace the rule with rules that open only the ports the workload serves, to the narrowest sources that need them ' +
        '(a load balancer security group, a VPN range), and keep internal traffic on security group references.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions \'[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
      terraform:
        'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  referenced_security_group_id = aws_security_group.alb.id\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit inbound rules > delete the "All traffic" (or 0-65535) rule from 0.0.0.0/0 or ::/0 > add narrow rules > Save rules',
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const ingress = ctx.list('ingress');
    const violations: { index: number; text: string }[] = [];
    let unknownPart: UnknownPart | undefined;
    ingress.forEach((entry, index) => {
      const verdict = both(openToWorld(entry, index), allowsAllPorts(entry, index));
      if (verdict === true) {
        const protocol = protocolOf(entry, index);
        const what = protocol === 'all' ? 'all traffic' : `every ${String(protocol).toUpperCase()} port`;
        violations.push({ index, text: `ingress.${index} allows ${what} from ${peerOf(entry)}` });
      } else if (isUnknownPart(verdict)) unknownPart ??= verdict;
    });
    const first = violations[0];
    if (first) return ctx.fail(`The group is open to the internet: ${violations.map((v) => v.text).join('; ')}`, `ingress.${first.index}`);
    if (unknownPart) throw new UnknownEvidenceError(unknownPart.path, unknownPart.cause);
    return ctx.pass(`None of the ${ingress.length} inbound rules allows every port from 0.0.0.0/0 or ::/0`, 'ingress');
  },
});
