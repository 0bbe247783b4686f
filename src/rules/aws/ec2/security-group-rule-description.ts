import { UnknownEvidenceError, defineRule, isJsonObject, isUnknownMarker } from '../../../core/index.js';
import type { UnknownCause } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-rule-description',
    title: 'Security group rules say why they exist',
    severity: 'info',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    description:
      'Checks that every inbound and outbound rule of the group carries a non-empty description. This is hygiene rather than exposure: ' +
      'a rule without a description is not less safe, but nobody can later tell whether it is still needed.',
    risk:
      'Undocumented rules pile up because no one dares to remove them, so groups slowly open wider than any workload needs ' +
      'and reviews cannot tell a deliberate opening from a forgotten experiment.',
    remediation: {
      text: 'Give every inbound rule a short description naming the client and the purpose (for example "ALB to app on 8080"), and remove rules nobody can explain.',
      cli: 'aws ec2 update-security-group-rule-descriptions-ingress --group-id GROUP_ID \\\n  --ip-permissions \'[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"10.0.0.0/16","Description":"internal clients to HTTPS"}]}]\'',
      terraform:
        'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.this.id\n  description       = "internal clients to HTTPS"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "10.0.0.0/16"\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    CidrIp: 10.0.0.0/16\n    Description: internal clients to HTTPS',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit inbound rules > fill in the Description column > Save rules',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const missing: string[] = [];
    let total = 0;
    let unknownPart: { path: string; cause: UnknownCause } | undefined;
    for (const direction of ['ingress', 'egress'] as const) {
      let rules;
      try {
        // The allow-all egress rule AWS adds by default is not the author's to describe.
        if (direction === 'egress' && !ctx.isSet('egress')) continue;
        rules = ctx.list(direction);
      } catch (err) {
        if (!(err instanceof UnknownEvidenceError)) throw err;
        unknownPart ??= { path: err.path, cause: err.cause };
        continue;
      }
      rules.forEach((entry, index) => {
        if (isUnknownMarker(entry)) {
          unknownPart ??= { path: `${direction}.${index}`, cause: entry.$unknown };
          return;
        }
        // The allow-all outbound rule AWS creates with every group is not the author's to describe.
        if (direction === 'egress' && isJsonObject(entry) && entry.protocol === '-1' && (entry.peer === '0.0.0.0/0' || entry.peer === '::/0')) return;
        total++;
        const description = isJsonObject(entry) ? entry.description : undefined;
        if (isUnknownMarker(description)) unknownPart ??= { path: `${direction}.${index}.description`, cause: description.$unknown };
        else if (typeof description !== 'string' || description.trim() === '') missing.push(`${direction}.${index}`);
      });
    }
    const first = missing[0];
    if (first !== undefined) {
      return ctx.fail(`${missing.length} of ${total} rules ${missing.length === 1 ? 'has' : 'have'} no description: ${missing.join(', ')}`, first);
    }
    if (unknownPart) throw new UnknownEvidenceError(unknownPart.path, unknownPart.cause);
    if (total === 0) return ctx.notApplicable('The group has no rules');
    return ctx.pass(`All ${total} rules have a description`, 'ingress');
  },
});
