import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../core/index.js';
import { Inventory, builtinResourceTypes, runRule, validateRuleMeta } from '../core/index.js';
import { iacResource, liveResource, unknownAttr } from '../core/fixtures.js';
import { evaluateCase, testRule } from '../rules/testing.js';
import { evaluate } from '../engine/index.js';
import { loadPolicies } from './index.js';
import { catchError, withUnreadableTags } from './testing.js';

const types = builtinResourceTypes();
const SEED_JSON = 'test/fixtures/policies/s3-data-protection.json';
const SEED_YAML = 'test/fixtures/policies/s3-data-protection.yaml';

const ALL_BLOCKED = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const COMPLIANT = {
  encryption: { enabled: true, type: 'aws:kms' },
  publicAccessBlock: ALL_BLOCKED,
  logging: { enabled: true, targetBucket: 'logs' },
  versioning: { enabled: true, status: 'Enabled' },
};
const SENSITIVE = { tags: { data_classification: 'sensitive', owner: 'data-team' } };

const [seed] = loadPolicies([SEED_JSON], types).policies;
if (!seed) throw new Error('seed policy did not load');

// The seed policy is policed by the same tester as the built-in rules.
testRule(seed, {
  fail: [
    { name: 'sensitive bucket without versioning', resource: liveResource('aws.s3.bucket', 'no-versioning', { ...COMPLIANT, versioning: { enabled: false, status: 'Suspended' } }, SENSITIVE), message: /1 of 5 required controls failed: versioning\.enabled = true/ },
    { name: 'restricted bucket with one public access flag off', resource: liveResource('aws.s3.bucket', 'pab', { ...COMPLIANT, publicAccessBlock: { ...ALL_BLOCKED, restrictPublicBuckets: false } }, { tags: { data_classification: 'restricted' } }), message: /public_access_block\.enabled = true/ },
    { name: 'IaC bucket relying on defaults (no logging, no versioning, no public access block)', resource: iacResource('aws.s3.bucket', 'bare', {}, SENSITIVE), message: /3 of 5 required controls failed/ },
    { name: 'dual-layer KMS is not one of the allowed encryption types', resource: liveResource('aws.s3.bucket', 'dsse', { ...COMPLIANT, encryption: { enabled: true, type: 'aws:kms:dsse' } }, SENSITIVE), message: /encryption\.type = 'AES256' OR encryption\.type = 'aws:kms'/ },
  ],
  pass: [
    { name: 'fully compliant sensitive bucket', resource: liveResource('aws.s3.bucket', 'good', COMPLIANT, SENSITIVE) },
    { name: 'compliant IaC bucket using the SSE-S3 default', resource: iacResource('aws.s3.bucket', 'good-iac', { publicAccessBlock: ALL_BLOCKED, logging: { enabled: true }, versioning: { enabled: true } }, SENSITIVE) },
  ],
  unknown: [
    { name: 'logging could not be read', resource: liveResource('aws.s3.bucket', 'no-logging-read', { ...COMPLIANT, logging: unknownAttr('s3:GetBucketLogging') }, SENSITIVE), cause: 's3:GetBucketLogging' },
    { name: 'live bucket whose versioning was not collected', resource: liveResource('aws.s3.bucket', 'partial', { encryption: COMPLIANT.encryption, publicAccessBlock: ALL_BLOCKED, logging: COMPLIANT.logging }, SENSITIVE), cause: "'versioning' was not collected" },
    { name: 'tags could not be read', resource: withUnreadableTags(liveResource('aws.s3.bucket', 'no-tags', COMPLIANT)), cause: 's3:GetBucketTagging' },
  ],
  notApplicable: [
    { name: 'untagged bucket', resource: liveResource('aws.s3.bucket', 'untagged', {}) },
    { name: 'bucket classified public', resource: liveResource('aws.s3.bucket', 'public-data', {}, { tags: { data_classification: 'public' } }) },
  ],
});

describe('seed policy S3_DATA_PROTECTION loaded verbatim', () => {
  const run = (r: Resource) => runRule(seed, r, types.get(r.type), new Inventory([r]));

  it('keeps the JSON fixture byte-for-byte as printed in the seed document', () => {
    const seedText = readFileSync('../shared/seed/000_48f5ce846aaba11d.txt', 'utf8');
    const fixture = readFileSync(SEED_JSON, 'utf8').trimEnd();
    expect(seedText.split('\n')).toContain(fixture);
  });

  it('derives a rule id, resolves the type alias and keeps the remediation block verbatim', () => {
    expect(seed.meta.id).toBe('policy-s3-data-protection');
    expect(seed.policyId).toBe('S3_DATA_PROTECTION');
    expect(seed.format).toBe('seed');
    expect(seed.meta.resourceTypes).toEqual(['aws.s3.bucket']);
    expect(seed.meta.severity).toBe('medium');
    expect(seed.remediationPlan).toEqual({
      auto_remediate: false,
      remediation_template: 'templates/s3_secure_bucket.tf',
      approval_required: true,
      approver_roles: ['cloud_security_admin', 'data_owner'],
    });
    expect(Object.isFrozen(seed.remediationPlan)).toBe(true);
    expect(seed.meta.remediation.text).toContain('templates/s3_secure_bucket.tf');
  });

  it('has metadata that would pass rule validation but for the provider prefix policies do not use', () => {
    expect(validateRuleMeta({ ...seed.meta, id: `aws-${seed.meta.id}` })).toEqual([]);
  });

  it('loads the YAML rendering to the same rule', () => {
    const [yaml] = loadPolicies([SEED_YAML], types).policies;
    expect(yaml?.meta).toEqual(seed.meta);
    expect(yaml?.remediationPlan).toEqual(seed.remediationPlan);
    expect(yaml?.criteria[0]?.conditions.map((c) => c.cel.source)).toEqual(seed.criteria[0]?.conditions.map((c) => c.cel.source));
  });

  it('FAILs a sensitive bucket without versioning and points at the versioning evidence', () => {
    const f = run(liveResource('aws.s3.bucket', 'b', { ...COMPLIANT, versioning: { enabled: false } }, SENSITIVE));
    expect(f.status).toBe('FAIL');
    expect(f.message).toBe('Policy S3_DATA_PROTECTION: 1 of 5 required controls failed: versioning.enabled = true');
    expect(f.evidence.find((e) => e.path === 'versioning.enabled')).toMatchObject({ state: 'known', value: false });
  });

  it('PASSes a fully compliant bucket and records every read as evidence', () => {
    const f = run(liveResource('aws.s3.bucket', 'b', COMPLIANT, SENSITIVE));
    expect(f.status).toBe('PASS');
    expect(f.evidence.map((e) => e.path)).toEqual([
      'encryption.enabled',
      'encryption.type',
      'publicAccessBlock.blockPublicAcls',
      'publicAccessBlock.ignorePublicAcls',
      'publicAccessBlock.blockPublicPolicy',
      'publicAccessBlock.restrictPublicBuckets',
      'logging.enabled',
      'versioning.enabled',
    ]);
  });

  it('is NOT_APPLICABLE to an untagged bucket and says which tags select', () => {
    const f = run(liveResource('aws.s3.bucket', 'b', COMPLIANT));
    expect(f.status).toBe('NOT_APPLICABLE');
    expect(f.message).toContain('data_classification:sensitive or data_classification:restricted');
  });

  it('gives ERROR naming s3:GetBucketLogging when logging is unknown, even with another control failing', () => {
    const f = run(liveResource('aws.s3.bucket', 'b', { ...COMPLIANT, versioning: { enabled: false }, logging: unknownAttr('s3:GetBucketLogging') }, SENSITIVE));
    expect(f.status).toBe('ERROR');
    expect(f.message).toContain('s3:GetBucketLogging');
    expect(f.error?.kind).toBe('unknown-evidence');
    expect(f.evidence.map((e) => e.path)).toContain('versioning.enabled');
  });

  it('gives ERROR for an unknown marker nested inside a known attribute', () => {
    const cause = { kind: 'unresolved', expression: 'var.versioning', message: 'could not resolve var.versioning' };
    const f = evaluateCase(seed, { name: 'nested', resource: iacResource('aws.s3.bucket', 'b', { ...COMPLIANT, versioning: { enabled: { $unknown: cause } } }, SENSITIVE) });
    expect(f.status).toBe('ERROR');
    expect(f.message).toContain('var.versioning');
  });
});

describe('policies in the engine', () => {
  it('run beside other rules and give one finding per selected resource', () => {
    const resources = [
      liveResource('aws.s3.bucket', 'good', COMPLIANT, SENSITIVE),
      liveResource('aws.s3.bucket', 'bad', { ...COMPLIANT, logging: { enabled: false } }, SENSITIVE),
      liveResource('aws.s3.bucket', 'other', COMPLIANT),
      liveResource('aws.ec2.volume', 'vol', { encrypted: true }),
    ];
    const { findings, rulesEvaluated } = evaluate(resources, { rules: [seed], types, filter: { include: ['policy-*'] } });
    expect(rulesEvaluated).toBe(1);
    expect(findings.map((f) => `${f.resource.name}:${f.status}`).sort()).toEqual(['bad:FAIL', 'good:PASS', 'other:NOT_APPLICABLE']);
  });
});

describe('loadPolicies paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-policies-'));
  const cel = (id: string) => `id: ${id}\ntitle: Production buckets keep versions\nseverity: high\ndescription: Versioning protects production data\nselect: { type: aws.s3.bucket }\nconditions: ["resource.versioning.enabled"]\n`;
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'b.yaml'), cel('b-policy'));
  writeFileSync(join(dir, 'nested', 'a.yml'), cel('a-policy'));
  writeFileSync(join(dir, 'notes.txt'), 'not a policy');

  it('walks a directory recursively in name order and skips other extensions', () => {
    const loaded = loadPolicies([dir], types);
    expect(loaded.policies.map((p) => p.meta.id)).toEqual(['policy-b-policy', 'policy-a-policy']);
    expect(loaded.files).toEqual([join(dir, 'b.yaml'), join(dir, 'nested', 'a.yml')]);
  });

  it('accepts several paths and several YAML documents per file', () => {
    const multi = join(dir, 'multi.yaml.txt');
    writeFileSync(multi, `${cel('one')}---\n${cel('two')}`);
    expect(loadPolicies([SEED_JSON, multi], types).policies.map((p) => p.meta.id)).toEqual(['policy-s3-data-protection', 'policy-one', 'policy-two']);
  });

  it('rejects two policies with the same rule id, naming both places', () => {
    const err = catchError(() => loadPolicies([SEED_JSON, SEED_YAML], types));
    expect(err.code).toBe('POLICY_INVALID');
    expect(err.describe()).toContain(`${SEED_YAML}:2: field 'policy': policy 'S3_DATA_PROTECTION' has the same rule id`);
    expect(err.describe()).toContain(`${SEED_JSON}:1`);
  });

  it('reports a missing path as FILE_NOT_FOUND', () => {
    const err = catchError(() => loadPolicies([join(dir, 'missing.yaml')], types));
    expect(err.code).toBe('FILE_NOT_FOUND');
  });
});
