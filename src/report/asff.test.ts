import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { BatchImportFindingsCommand, GetFindingsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { clientConfig, motoAvailability, resetMoto } from '../../test/aws/moto.js';
import { FIXTURE_RULES, fixtureScan } from '../../test/fixtures/report/scan.js';
import { ASFF_LIMITS, ASFF_PLACEHOLDER_ACCOUNT, renderAsff } from './asff.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/asff.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ASFF documents are checked by the schema; the assertions walk them freely
type Asff = Record<string, any>;
const parse = (text: string) => JSON.parse(text) as Asff[];

function longScan() {
  const r = fixtureScan();
  const f = r.findings.find((x) => x.status === 'FAIL');
  if (!f) throw new Error('fixture has no FAIL');
  f.title = 'T'.repeat(400);
  f.message = 'M'.repeat(3000);
  f.remediation = { text: 'R'.repeat(900) };
  f.resource = { ...f.resource, name: 'N'.repeat(2000) };
  f.compliance = Array.from({ length: 40 }, (_, i) => ({ framework: 'fw', control: String(i) }));
  return r;
}

describe('asff report', () => {
  const findings = parse(renderAsff(fixtureScan(), { rules: FIXTURE_RULES }));

  it('validates against schemas/asff.schema.json (required fields and limits)', () => {
    for (const text of [renderAsff(fixtureScan(), { rules: FIXTURE_RULES }), renderAsff(longScan())]) {
      const ok = validate(JSON.parse(text));
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema rejects a finding missing a required field', () => {
    const broken = findings.slice(0, 1).map(({ Title: _t, ...rest }) => rest);
    expect(validate(broken)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('Title');
  });

  it('keeps every finding but NOT_APPLICABLE, with compliance statuses mapped', () => {
    const scan = fixtureScan();
    expect(findings).toHaveLength(scan.findings.filter((f) => f.status !== 'NOT_APPLICABLE').length);
    const statuses = (s: string) => findings.filter((f) => f.ProductFields['parapet/Status'] === s);
    for (const f of statuses('FAIL')) expect(f.Compliance.Status).toBe('FAILED');
    for (const f of statuses('PASS')) expect(f.Compliance.Status).toBe('PASSED');
    for (const f of statuses('ERROR')) {
      expect(f.Compliance.Status).toBe('NOT_AVAILABLE');
      expect(f.Compliance.StatusReasons[0].Description).toMatch(/could not evaluate|rule crashed/);
    }
    const muted = statuses('MUTED');
    expect(muted).toHaveLength(1);
    expect(muted[0]?.Workflow.Status).toBe('SUPPRESSED');
    expect(muted[0]?.ProductFields['parapet/Mute']).toContain('secops@example.com');
  });

  it('fills product, account, severity, resources, requirements and remediation', () => {
    const pub = findings.find((f) => f.GeneratorId === 'parapet/aws-s3-bucket-public-access' && f.Resources[0].Id === 'arn:aws:s3:::company-customer-data');
    expect(pub).toMatchObject({
      SchemaVersion: '2018-10-08',
      ProductArn: 'arn:aws:securityhub:us-east-1:123456789012:product/123456789012/default',
      AwsAccountId: '123456789012',
      Severity: { Label: 'CRITICAL' },
      Resources: [{ Type: 'AwsS3Bucket', Id: 'arn:aws:s3:::company-customer-data', Region: 'us-east-1', Partition: 'aws' }],
      Compliance: { Status: 'FAILED', RelatedRequirements: ['PCI-DSS-3.2.1/1.2.1', 'HIPAA/164.312(a)(1)', 'GDPR/Art.32'] },
      Remediation: { Recommendation: { Url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html' } },
      RecordState: 'ACTIVE',
      Workflow: { Status: 'NEW' },
    });
  });

  it('gives IaC findings the placeholder account unless one is passed', () => {
    const iac = findings.find((f) => f.Resources[0].Id === 'iac:aws_s3_bucket.data');
    expect(iac?.AwsAccountId).toBe(ASFF_PLACEHOLDER_ACCOUNT);
    expect(iac?.Resources[0].Details.Other.location).toMatch(/^infra\/storage\/main.tf:\d+$/);
    const mine = parse(renderAsff(fixtureScan(), { account: '111122223333', region: 'eu-central-1' })).find((f) => f.Resources[0].Id === 'iac:aws_s3_bucket.data');
    expect(mine).toMatchObject({ AwsAccountId: '111122223333', Region: 'eu-central-1', ProductArn: 'arn:aws:securityhub:eu-central-1:111122223333:product/111122223333/default' });
  });

  it('cuts long titles, descriptions, remediation text and requirement lists to the ASFF limits', () => {
    const f = parse(renderAsff(longScan())).find((x) => x.Title.startsWith('TTT'));
    expect(f?.Title).toHaveLength(ASFF_LIMITS.title);
    expect(f?.Description).toHaveLength(ASFF_LIMITS.description);
    expect(f?.Remediation.Recommendation.Text).toHaveLength(ASFF_LIMITS.remediationText);
    expect(f?.Compliance.RelatedRequirements).toHaveLength(ASFF_LIMITS.relatedRequirements);
    expect(f?.Resources[0].Details.Other.name.length).toBeLessThanOrEqual(ASFF_LIMITS.detailsOtherValue);
  });

  it('masks secrets', () => {
    const text = renderAsff(fixtureScan());
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});

const moto = motoAvailability();

describe.skipIf(!moto.run)('asff import into Security Hub (moto)', () => {
  it('BatchImportFindings accepts every finding and GetFindings returns them', { timeout: 60_000 }, async () => {
    await resetMoto();
    const client = new SecurityHubClient(clientConfig('us-east-1'));
    const findings = JSON.parse(renderAsff(fixtureScan(), { rules: FIXTURE_RULES, account: '123456789012' })) as AwsSecurityFinding[];
    for (let i = 0; i < findings.length; i += 100) {
      const res = await client.send(new BatchImportFindingsCommand({ Findings: findings.slice(i, i + 100) }));
      expect(res.FailedFindings ?? []).toEqual([]);
      expect(res.FailedCount).toBe(0);
      expect(res.SuccessCount).toBe(Math.min(100, findings.length - i));
    }
    const got: AwsSecurityFinding[] = [];
    let next: string | undefined;
    do {
      const page = await client.send(new GetFindingsCommand({ MaxResults: 100, ...(next ? { NextToken: next } : {}) }));
      got.push(...(page.Findings ?? []));
      next = page.NextToken;
    } while (next);
    const ids = new Set(got.map((f) => f.Id));
    for (const f of findings) expect(ids.has(f.Id), f.Id).toBe(true);
    const pub = got.find((f) => f.Id === findings[0]?.Id);
    expect(pub?.Compliance?.Status).toBe(findings[0]?.Compliance?.Status);
    expect(pub?.Severity?.Label).toBe(findings[0]?.Severity?.Label);
    client.destroy();
  });
});
