import { UnknownEvidenceError, defineRule } from '../../../core/index.js';
import type { UnknownPart } from './ingress.js';
import { both, isUnknownPart, openToWorld, peerOf, reachesPort } from './ingress.js';

/** Services that hold or move data and are never meant to face the internet directly. */
const SERVICES = [
  { name: 'MySQL', port: 3306, protocols: ['tcp'] },
  { name: 'PostgreSQL', port: 5432, protocols: ['tcp'] },
  { name: 'SQL Server', port: 1433, protocols: ['tcp'] },
  { name: 'Oracle', port: 1521, protocols: ['tcp'] },
  { name: 'MongoDB', port: 27017, protocols: ['tcp'] },
  { name: 'Redis', port: 6379, protocols: ['tcp'] },
  { name: 'Memcached', port: 11211, protocols: ['tcp', 'udp'] },
  { name: 'Elasticsearch', port: 9200, protocols: ['tcp'] },
  { name: 'Kibana', port: 5601, protocols: ['tcp'] },
  { name: 'Cassandra', port: 9042, protocols: ['tcp'] },
  { name: 'Kafka', port: 9092, protocols: ['tcp'] },
  { name: 'Docker API', port: 2375, protocols: ['tcp'] },
  { name: 'Telnet', port: 23, protocols: ['tcp'] },
  { name: 'FTP', port: 21, protocols: ['tcp'] },
] as const;

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-data-ports-open',
    title: 'Security groups do not expose database, cache or plaintext admin ports to the internet',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    description:
      'Checks every inbound rule of the group for a source of 0.0.0.0/0 or ::/0 reaching a well-known database, cache, search, ' +
      'message broker or plaintext service port (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis, Memcached, ' +
      'Elasticsearch, Kibana, Cassandra, Kafka, the Docker API, Telnet, FTP). Ranges and all-protocol rules count.',
    risk: 'Databases and caches reachable from the internet are found by scanners within hours; weak or default credentials, missing authentication (Redis, Memcached, Elasticsearch, the Docker API) or a single vulnerability then give direct access to the data or the host.',
    remediation: {
      text: 'Remove the rules opening these ports to the internet; allow them only from the application security groups or private ranges that need them.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id GROUP_ID --protocol tcp --port 5432 --cidr 0.0.0.0/0\naws ec2 authorize-security-group-ingress --group-id GROUP_ID --protocol tcp --port 5432 --source-group APP_GROUP_ID',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "db_from_app" {\n  security_group_id            = aws_security_group.db.id\n  ip_protocol                  = "tcp"\n  from_port                    = 5432\n  to_port                      = 5432\n  referenced_security_group_id = aws_security_group.app.id\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 5432\n    ToPort: 5432\n    SourceSecurityGroupId: !Ref AppSecurityGroup',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit inbound rules > change the source of the database rules from 0.0.0.0/0 or ::/0 to the application group > Save rules',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html'],
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
      // A rule for every port is reported by aws-ec2-security-group-all-ports-open; name only a few here.
      if (open.length) violations.push({ index, text: `ingress.${index} opens ${open.length > 4 ? `${open.slice(0, 4).join(', ')} and ${open.length - 4} more` : open.join(', ')} to ${peerOf(entry)}` });
    });
    const first = violations[0];
    if (first) return ctx.fail(`Data services are reachable from the internet: ${violations.map((v) => v.text).join('; ')}`, `ingress.${first.index}`);
    if (unknownPart) throw new UnknownEvidenceError(unknownPart.path, unknownPart.cause);
    return ctx.pass(`None of the ${ingress.length} inbound rules opens a database, cache or plaintext service port to the internet`, 'ingress');
  },
});
