import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FIXTURE_RULES, fixtureScan } from '../../test/fixtures/report/scan.js';
import type { ReportOptions } from './index.js';
import { FINGERPRINT_KEY, renderSarif } from './sarif.js';

// The official OASIS schema, vendored (see schemas/vendor/README.md): no network in tests.
const schema = JSON.parse(readFileSync(new URL('../../schemas/vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// strict: false because the schema uses `definitions`, which draft 2020-12 no longer names.
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation?: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string; kind: string }[] }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string; status: string }[];
  properties: { status: string };
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; 'security-severity': string };
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { rules: SarifRule[] } }; results: SarifResult[]; invocations: { toolExecutionNotifications: unknown[] }[]; originalUriBaseIds?: Record<string, { uri: string }> }[];
}

function render(opts: ReportOptions = { rules: FIXTURE_RULES }) {
  const text = renderSarif(fixtureScan(), opts);
  return { text, log: JSON.parse(text) as SarifLog };
}

describe('sarif reporter', () => {
  it('validates against the official SARIF 2.1.0 schema, with and without passes', () => {
    for (const opts of [{ rules: FIXTURE_RULES }, { rules: FIXTURE_RULES, includePasses: true, srcRoot: '/repo' }, {}]) {
      const { log } = render(opts);
      validate(log);
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it('has a validator that rejects a broken log (the schema really is applied)', () => {
    const { log } = render();
    const bad = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    const first = bad.runs[0]?.results[0];
    if (first) first.level = 'critical';
    expect(validate(bad)).toBe(false);
  });

  it('emits FAIL always, ERROR as review, MUTED with a suppression, passes only on request', () => {
    const r = fixtureScan();
    const { log } = render();
    const results = log.runs[0]?.results ?? [];
    const count = (s: string) => r.findings.filter((f) => f.status === s).length;
    expect(results.filter((x) => x.kind === 'fail' && !x.suppressions)).toHaveLength(count('FAIL'));
    const review = results.filter((x) => x.kind === 'review');
    expect(review).toHaveLength(count('ERROR'));
    for (const x of review) expect(x.level).toBe('none');
    expect(review.map((x) => x.message.text).join('\n')).toContain('s3:GetBucketPolicy AccessDenied');
    const muted = results.filter((x) => x.suppressions);
    expect(muted).toHaveLength(1);
    expect(muted[0]?.suppressions?.[0]).toMatchObject({ kind: 'external', status: 'accepted' });
    expect(muted[0]?.suppressions?.[0]?.justification).toContain('Archive bucket');
    expect(results.some((x) => x.kind === 'pass' || x.kind === 'notApplicable')).toBe(false);

    const all = render({ rules: FIXTURE_RULES, includePasses: true }).log.runs[0]?.results ?? [];
    expect(all.filter((x) => x.kind === 'pass')).toHaveLength(count('PASS'));
    expect(all.filter((x) => x.kind === 'notApplicable')).toHaveLength(count('NOT_APPLICABLE'));
  });

  it('names the cause of an ERROR once, adding it when the message does not', () => {
    const r = fixtureScan();
    const f = r.findings.find((x) => x.status === 'ERROR' && x.error?.kind === 'unknown-evidence');
    if (f) f.message = 'Policy could not be read';
    const log = JSON.parse(renderSarif(r, { rules: FIXTURE_RULES })) as SarifLog;
    const texts = (log.runs[0]?.results ?? []).filter((x) => x.kind === 'review').map((x) => x.message.text);
    expect(texts).toContain('Policy could not be read (could not evaluate: s3:GetBucketPolicy AccessDenied)');
    expect(texts.filter((t) => t.split('AccessDenied').length > 2)).toEqual([]);
  });

  it('marks an inline suppression as inSource', () => {
    const r = fixtureScan();
    const f = r.findings.find((x) => x.status === 'MUTED');
    if (f?.mute) f.mute.source = 'inline';
    const log = JSON.parse(renderSarif(r, { rules: FIXTURE_RULES })) as SarifLog;
    expect(log.runs[0]?.results.find((x) => x.suppressions)?.suppressions?.[0]?.kind).toBe('inSource');
  });

  it('maps severity to level and security-severity', () => {
    const { log } = render();
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('aws-s3-bucket-public-access')?.defaultConfiguration.level).toBe('error');
    expect(byId.get('aws-s3-bucket-public-access')?.properties['security-severity']).toBe('9.5');
    expect(byId.get('aws-s3-bucket-versioning')?.defaultConfiguration.level).toBe('warning');
    expect(byId.get('aws-s3-bucket-logging')?.defaultConfiguration.level).toBe('note');
    for (const r of rules) expect(Number.isFinite(Number(r.properties['security-severity']))).toBe(true);
  });

  it('builds rule descriptors from rule metadata, with remediation in the help', () => {
    const { log } = render();
    const rule = log.runs[0]?.tool.driver.rules.find((r) => r.id === 'aws-s3-bucket-versioning');
    expect(rule).toMatchObject({
      name: 'AwsS3BucketVersioning',
      shortDescription: { text: 'S3 buckets keep object versions' },
      helpUri: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    });
    expect(rule?.fullDescription.text).toMatch(/versioning is Enabled/);
    expect(rule?.help.text).toContain('Turn versioning on');
    expect(rule?.help.markdown).toContain('```hcl');
    expect(rule?.properties.tags).toEqual(['security', 'aws', 's3']);
  });

  it('describes a rule it has no metadata for from its findings', () => {
    const { log } = render({});
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    const rule = log.runs[0]?.tool.driver.rules.find((r) => r.id === 'aws-s3-bucket-public-access');
    expect(rule?.shortDescription.text).toBe('S3 Bucket Public Access Detected');
    expect(rule?.help.text).toContain('Apply bucket policy');
  });

  it('points ruleIndex at the rule and fingerprints with the finding id', () => {
    const r = fixtureScan();
    const { log } = render();
    const run = log.runs[0];
    for (const x of run?.results ?? []) {
      expect(run?.tool.driver.rules[x.ruleIndex]?.id).toBe(x.ruleId);
      expect(r.findings.map((f) => f.id)).toContain(x.partialFingerprints[FINGERPRINT_KEY]);
    }
  });

  it('locates IaC results by relative file and line, live ones by ARN', () => {
    const { log } = render();
    const results = log.runs[0]?.results ?? [];
    const iac = results.find((x) => x.ruleId === 'aws-s3-bucket-public-access' && x.locations[0]?.physicalLocation);
    expect(iac?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'infra/my%20reports/main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } });
    const live = results.find((x) => x.ruleId === 'aws-s3-bucket-public-access' && !x.locations[0]?.physicalLocation);
    expect(live?.locations[0]?.logicalLocations[0]).toMatchObject({ fullyQualifiedName: 'arn:aws:s3:::company-customer-data', kind: 'resource' });
  });

  it('makes absolute paths relative to srcRoot and declares the base', () => {
    const r = fixtureScan();
    const f = r.findings.find((x) => x.resource.location && x.status === 'FAIL');
    if (f?.resource.location) f.resource.location = { ...f.resource.location, file: '/home/ci/repo/infra/main.tf' };
    const log = JSON.parse(renderSarif(r, { rules: FIXTURE_RULES, srcRoot: '/home/ci/repo' })) as SarifLog;
    expect(log.runs[0]?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/repo/' } });
    const uris = (log.runs[0]?.results ?? []).map((x) => x.locations[0]?.physicalLocation?.artifactLocation.uri);
    expect(uris).toContain('infra/main.tf');
    const outside = JSON.parse(renderSarif(r, { rules: FIXTURE_RULES, srcRoot: '/elsewhere' })) as SarifLog;
    expect((outside.runs[0]?.results ?? []).map((x) => x.locations[0]?.physicalLocation?.artifactLocation)).toContainEqual({ uri: 'file:///home/ci/repo/infra/main.tf' });
  });

  it('reports parse and collection errors as tool notifications', () => {
    const { log } = render();
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications).toHaveLength(2);
  });

  it('masks secrets in evidence', () => {
    const { text } = render();
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).not.toContain('wJalrXUtnFEMI');
    expect(text).not.toContain('hunter2');
  });
});
