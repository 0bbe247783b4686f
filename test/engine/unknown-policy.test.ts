/**
 * The false-pass guard, end to end through a snapshot: a bucket whose policy could not be read
 * (s3:GetBucketPolicy AccessDenied) must give ERROR naming that call for every rule that reads the
 * policy, and PASS for none of them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inventory, builtinResourceTypes } from '../../src/core/index.js';
import { liveResource, unknownAttr } from '../../src/core/fixtures.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { buildSnapshot, readSnapshot, serializeSnapshot } from '../../src/sources/snapshot/index.js';

const types = builtinResourceTypes();

/** A bucket that is compliant in every respect the rules look at, except that its policy is unreadable. */
function bucket() {
  return liveResource(
    'aws.s3.bucket',
    'secure-data',
    {
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      encryption: { enabled: true, type: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555', bucketKeyEnabled: true },
      versioning: { enabled: true, status: 'Enabled', mfaDelete: true },
      logging: { enabled: true, targetBucket: 'logs' },
      acl: { cannedAcl: 'private', grants: [] },
      policy: unknownAttr('s3:GetBucketPolicy', 'AccessDenied'),
      ownershipControls: 'BucketOwnerEnforced',
    },
    { uid: 'arn:aws:s3:::secure-data' },
  );
}

describe('unknown bucket policy in a snapshot', () => {
  it('gives ERROR naming s3:GetBucketPolicy for every rule that reads the policy, never PASS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-unknown-'));
    const file = join(dir, 'inv.json');
    writeFileSync(file, serializeSnapshot(buildSnapshot([bucket()], [], { kind: 'test' })));
    const snap = readSnapshot(file, types);
    const { findings } = evaluate(new Inventory(snap.resources), { rules: builtinRules(), types });
    const readers = findings.filter((f) => f.evidence.some((e) => e.path === 'policy' || e.path.startsWith('policy.')));
    expect(readers.length, 'some rules read the bucket policy').toBeGreaterThan(0);
    for (const f of readers) {
      expect(f.status, `${f.ruleId}: ${f.message}`).toBe('ERROR');
      expect(f.message).toContain('s3:GetBucketPolicy AccessDenied');
    }
    // Rules that must look at the policy to judge public exposure can never pass without it.
    for (const id of ['aws-s3-bucket-policy-not-public', 'aws-s3-bucket-tls-required']) {
      const f = findings.find((x) => x.ruleId === id);
      if (f) expect(f.status, `${id}: ${f.message}`).not.toBe('PASS');
    }
  });
});
