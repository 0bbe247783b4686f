import { UnknownEvidenceError, defineRule } from '../../../core/index.js';
import type { UnknownPart } from './ingress.js';
import { both, isUnknownPart, openToWorld, peerOf, reachesPort } from './ingress.js';

/** Remote administration services that should never face the internet directly. RDP also listens on UDP. */
const ADMIN_SERVICES = [
  { name: 'SSH', port: 22, protocols: ['tcp'] },
  { name: 'RDP', port: 3389, protocols: ['tcp', 'udp'] },
] as const;

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-admin-ports-open',
    title: 'Security groups do not expose SSH or RDP to the internet',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    description:
      'Checks every inbound rule of the group for a source of 0.0.0.0/0 or ::/0 that reaches TCP port 22 (SSH) or port 3389 ' +
      '(RDP, TCP or UDP). Port ranges that include those ports and rules for all protocols (-1) count. Rated high rather than ' +
      'critical because the services still ask for a key or a password; a group open on every port is reported as critical ' +
      'by aws-ec2-security-group-all-ports-open.',
    risk:
      'SSH and RDP listeners reachable from anywhere are found by internet-wide scanners within minutes and then face ' +
      'continuous password guessing, stolen-key reuse and exploits for unpatched daemons. One success gives an interactive ' +
      'shell or desktop inside the VPC.',
    remediation: {
      text:
        'Remove the inbound rules that open SSH or RDP to any address. Reach instances through AWS Systems Manager Session ' +
        'Manager or EC2 Instance Connect Endpoint, or allow only the specific addresses of a bastion or VPN.',
      cli:
        'aws ec2 revoke-security-group-ingress --group-id GROUP_ID --protocol tcp --port 22 --cidr 0.0.0.0/0\n' +
        'aws ec2 authorize-security-group-ingress --group-id GROUP_ID --protocol tcp --port 22 --cidr 203.0.113.10/32',
      terraform:
        'resource "aws_vpc_security_group_ingress_rule" "ssh_from_vpn" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = "10.20.0.0/16" # the VPN range, never 0.0.0.0/0\n}',
      cloudformation:
        'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 22\n    ToPort: 22\n    CidrIp: 10.20.0.0/16 # the VPN range, never 0.0.0.0/0',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit inbound rules > delete or narrow the SSH/RDP rules with source 0.0.0.0/0 or ::/0 > Save rules',
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const ingress = ctx.list('ingress');
    const violations: { index: number; text: string }[] = [];
    let unknownPart: UnknownPart | undefined;
    ingress.forEach((entry, index) => {
      const world = openToWorld(entry, index);
      const open: string[] = [];
      for (const service of ADMIN_SERVICES) {
        const verdict = both(world, reachesPort(entry, index, service.port, service.protocols));
        if (verdict === true) open.push(`${service.name} (${service.port})`);
        else if (isUnknownPart(verdict)) unknownPart ??= verdict;
      }
      if (open.length) violations.push({ index, text: `ingress.${index} opens ${open.join(' and ')} to ${peerOf(entry)}` });
    });
    const first = violations[0];
    if (first) return ctx.fail(`Remote administration is reachable from the internet: ${violations.map((v) => v.text).join('; ')}`, `ingress.${first.index}`);
    if (unknownPart) throw new UnknownEvidenceError(unknownPart.path, unknownPart.cause);
    return ctx.pass(`None of the ${ingress.length} inbound rules opens SSH (22) or RDP (3389) to 0.0.0.0/0 or ::/0`, 'ingress');
  },
});
