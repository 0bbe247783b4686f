import { UnknownEvidenceError, defineRule } from '../../../core/index.js';
import type { UnknownPart } from './ingress.js';
import { both, isUnknownPart, openToWorld, peerOf, reachesPort } from './ingress.js';

/** SMB/CIFS and the NetBIOS services around it. */
const SERVICES = [
  { name: 'SMB', port: 445, protocols: ['tcp'] },
  { name: 'NetBIOS session', port: 139, protocols: ['tcp'] },
  { name: 'NetBIOS name', port: 137, protocols: ['udp'] },
  { name: 'NetBIOS datagram', port: 138, protocols: ['udp'] },
] as const;

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-cifs-open',
    title: 'Security groups do not expose CIFS/SMB to the internet',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    description:
      'Checks every inbound rule of the group for a source of 0.0.0.0/0 or ::/0 reaching SMB (TCP 445) or the NetBIOS ports ' +
      '(TCP 139, UDP 137-138). Port ranges and all-protocol rules that include them count.',
    risk: 'Windows file sharing exposed to the internet has a long history of wormable vulnerabilities (EternalBlue, SMBGhost) and leaks file shares and credentials through relay and guessing attacks.',
    remediation: {
      text: 'Remove inbound rules opening 445 or 137-139 to the internet; reach file shares over a VPN, Direct Connect or from specific private ranges.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id GROUP_ID --protocol tcp --port 445 --cidr 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "smb_from_office" {\n  security_group_id = aws_security_group.files.id\n  ip_protocol       = "tcp"\n  from_port         = 445\n  to_port           = 445\n  cidr_ipv4         = "10.30.0.0/16"\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 445\n    ToPort: 445\n    CidrIp: 10.30.0.0/16',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit inbound rules > delete or narrow rules for 445/139/137/138 from 0.0.0.0/0 or ::/0 > Save rules',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const ingress = ctx.list('ingress');
    const violations: { index: number; text: string }[] = [];
    let unknownPart: UnknownPart | undefined;
    ingress.forEach((entry, index) => {
      const world = openToWorld(entry, index);
      const open: string[] = [];
      for (const s of SERVICES) {
        const verdict = both(world, reachesPort(entry, index, s.port, s.protocols));
        if (verdict === true) open.push(`${s.name} (${s.port})`);
        else if (isUnknownPart(verdict)) unknownPart ??= verdict;
      }
      if (open.length) violations.push({ index, text: `ingress.${index} opens ${open.join(', ')} to ${peerOf(entry)}` });
    });
    const first = violations[0];
    if (first) return ctx.fail(`File sharing is reachable from the internet: ${violations.map((v) => v.text).join('; ')}`, `ingress.${first.index}`);
    if (unknownPart) throw new UnknownEvidenceError(unknownPart.path, unknownPart.cause);
    return ctx.pass(`None of the ${ingress.length} inbound rules opens SMB or NetBIOS to the internet`, 'ingress');
  },
});
