/**
 * The bundled example environment is what `npm run demo` scans first, so it must stay valid, in
 * sync with its generator, and keep showing real findings of every severity.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INVENTORY_FILE, exampleSnapshot } from '../../examples/environment/generate.js';
import type { Finding } from '../../src/core/index.js';
import { SEVERITIES, builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { parseSnapshot, serializeSnapshot } from '../../src/sources/snapshot/index.js';

const types = builtinResourceTypes();
const text = readFileSync(INVENTORY_FILE, 'utf8');

function scan(): Finding[] {
  const snap = parseSnapshot(text, INVENTORY_FILE, types);
  return evaluate(snap.resources, { rules: builtinRules(), types }).findings;
}
const statusOf = (findings: Finding[], ruleId: string, name: string) => findings.find((f) => f.ruleId === ruleId && f.resource.name === name)?.status;

describe('examples/environment/inventory.json', () => {
  it('is exactly what generate.ts writes (run: npx tsx examples/environment/generate.ts)', () => {
    expect(text).toBe(serializeSnapshot(exampleSnapshot()));
  });

  it('passes snapshot validation', () => {
    expect(() => parseSnapshot(text, INVENTORY_FILE, types)).not.toThrow();
  });

  it('uses only the fictional account', () => {
    const snap = parseSnapshot(text, INVENTORY_FILE, types);
    for (const r of snap.resources) expect(r.account).toBe('111122223333');
    expect(text).not.toMatch(/AKIA[A-Z0-9]{16}/);
  });

  it('shows failed findings of every severity, as counted in its README', () => {
    const findings = scan();
    const failed = findings.filter((f) => f.status === 'FAIL');
    for (const s of SEVERITIES) expect(failed.filter((f) => f.severity === s).length, `no ${s} finding`).toBeGreaterThan(0);
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, failed.filter((f) => f.severity === s).length]));
    const count = (status: string) => findings.filter((f) => f.status === status).length;
    const readme = readFileSync(new URL('../../examples/environment/README.md', import.meta.url), 'utf8');
    const stated = `${failed.length} FAIL (${bySeverity.critical} critical, ${bySeverity.high} high, ${bySeverity.medium} medium, ${bySeverity.low} low, ${bySeverity.info} info),\n${count('ERROR')} ERROR, ${count('NOT_APPLICABLE')} NOT_APPLICABLE and ${count('PASS')} PASS`;
    expect(readme, 'update the Counts section of examples/environment/README.md').toContain(stated);
  });

  it('never errors except on the planted AccessDenied attributes', () => {
    const errors = scan().filter((f) => f.status === 'ERROR');
    expect(errors.map((f) => `${f.ruleId} ${f.resource.name}`).sort()).toEqual([
      'aws-iam-user-console-mfa carol.contractor',
      'aws-s3-bucket-access-logging examplecorp-legacy-reports',
    ]);
    for (const e of errors) expect(e.message).toMatch(/AccessDenied/);
  });

  it('finds each planted issue and passes the compliant resources', () => {
    const f = scan();
    const expected: [string, string, string][] = [
      ['aws-ec2-security-group-all-ports-open', 'debug-open', 'FAIL'],
      ['aws-rds-instance-not-public', 'legacy-mysql', 'FAIL'],
      ['aws-iam-root-access-keys', '111122223333', 'FAIL'],
      ['aws-s3-bucket-public-access-block', 'examplecorp-public-website', 'FAIL'],
      ['aws-s3-bucket-public-access-block', 'examplecorp-legacy-reports', 'PASS'],
      ['aws-ec2-security-group-admin-ports-open', 'bastion-ssh', 'FAIL'],
      ['aws-ec2-security-group-admin-ports-open', 'app-servers', 'PASS'],
      ['aws-ec2-ebs-volume-encrypted', 'vol-03333333333333333', 'FAIL'],
      ['aws-rds-instance-storage-encrypted', 'legacy-mysql', 'FAIL'],
      ['aws-iam-user-console-mfa', 'bob.dev', 'FAIL'],
      ['aws-iam-user-console-mfa', 'alice.admin', 'PASS'],
      ['aws-iam-user-console-mfa', 'ci-deploy', 'NOT_APPLICABLE'],
      ['aws-s3-bucket-versioning', 'examplecorp-customer-exports', 'FAIL'],
      ['aws-s3-bucket-default-encryption', 'examplecorp-access-logs', 'PASS'],
      ['aws-s3-bucket-access-logging', 'examplecorp-access-logs', 'FAIL'],
      ['aws-ec2-security-group-rule-description', 'app-servers', 'FAIL'],
    ];
    for (const [rule, name, status] of expected) expect(statusOf(f, rule, name), `${rule} on ${name}`).toBe(status);
    const compliant = f.filter((x) => x.resource.name === 'examplecorp-app-artifacts' || x.resource.name === 'web-alb' || x.resource.name === 'orders-db');
    expect(compliant.length).toBeGreaterThan(0);
    for (const x of compliant) expect(x.status, `${x.ruleId} on ${x.resource.name}: ${x.message}`).toBe('PASS');
  });
});

describe('examples/policies/s3-data-protection.yaml', () => {
  it('is the policy from the product brief, field for field', async () => {
    const { parse } = await import('yaml');
    const policy: unknown = parse(readFileSync(new URL('../../examples/policies/s3-data-protection.yaml', import.meta.url), 'utf8'));
    expect(policy).toEqual({
      policy: 'S3_DATA_PROTECTION',
      description: 'Ensure S3 buckets containing sensitive data have appropriate protections',
      criteria: [
        {
          resource_type: 'aws_s3_bucket',
          tags: ['data_classification:sensitive', 'data_classification:restricted'],
          required_controls: [
            'encryption.enabled = true',
            "encryption.type = 'AES256' OR encryption.type = 'aws:kms'",
            'public_access_block.enabled = true',
            'logging.enabled = true',
            'versioning.enabled = true',
          ],
        },
      ],
      remediation: {
        auto_remediate: false,
        remediation_template: 'templates/s3_secure_bucket.tf',
        approval_required: true,
        approver_roles: ['cloud_security_admin', 'data_owner'],
      },
    });
  });
});
