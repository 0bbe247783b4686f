import { describe, expect, it } from 'vitest';
import { ControlSyntaxError, camelCase, compileCel, controlToCel, resolveControlPath } from './index.js';
import { testTypes } from './testing.js';

const bucket = testTypes.get('aws.s3.bucket')!;
const rds = testTypes.get('aws.rds.db-instance')!;
const user = testTypes.get('aws.iam.user')!;

describe('seed controls to CEL', () => {
  it.each([
    ['encryption.enabled = true', 'resource.encryption.enabled == true'],
    ["encryption.type = 'AES256' OR encryption.type = 'aws:kms'", '(resource.encryption.type == "AES256" || resource.encryption.type == "aws:kms")'],
    ['versioning.enabled', 'resource.versioning.enabled == true'],
    ['NOT versioning.mfa_delete', '!(resource.versioning.mfaDelete == true)'],
    ["versioning.status <> 'Suspended' AND (logging.enabled = true or versioning.mfa_delete = TRUE)", '(resource.versioning.status != "Suspended" && (resource.logging.enabled == true || resource.versioning.mfaDelete == true))'],
    ["encryption.type IN ('aws:kms', 'aws:kms:dsse')", 'resource.encryption.type in ["aws:kms", "aws:kms:dsse"]'],
    ["encryption.type NOT IN ('AES256')", '!(resource.encryption.type in ["AES256"])'],
    ['encryption.kms_key_id IS NOT NULL', 'resource.encryption.kmsKeyId != null'],
    ["logging.target_bucket = 'it''s'", 'resource.logging.targetBucket == "it\'s"'],
    ['acl.canned_acl != \'public-read\'', 'resource.acl.cannedAcl != "public-read"'],
    ['ownership_controls == "BucketOwnerEnforced"', 'resource.ownershipControls == "BucketOwnerEnforced"'],
  ])('%s', (control, cel) => {
    const out = controlToCel(control, bucket);
    expect(out).toBe(cel);
    expect('paths' in compileCel(out, bucket)).toBe(true);
  });

  it('expands public_access_block.enabled to all four flags', () => {
    expect(controlToCel('public_access_block.enabled = true', bucket)).toBe(
      '(resource.publicAccessBlock.blockPublicAcls && resource.publicAccessBlock.ignorePublicAcls && resource.publicAccessBlock.blockPublicPolicy && resource.publicAccessBlock.restrictPublicBuckets) == true',
    );
  });

  it('writes int and double literals by the attribute type', () => {
    expect(controlToCel('backup_retention_period >= 7', rds)).toBe('resource.backupRetentionPeriod >= 7');
    expect(() => controlToCel('backup_retention_period >= 7.5', rds)).toThrow(/is a int but is compared with 7.5/);
  });

  it.each([
    ['versioning.enabled = 1', /type mismatch: 'versioning.enabled' is a bool but is compared with 1/],
    ["versioning.enabled > true", /type mismatch/],
    ['versioning.enabled = null', /never null/],
    ["encryption.type = 'KMS'", /not a possible value/],
    ['acl.grants = 1', /controls compare single values only/],
    ['versioning.enabled = true AND', /expected an attribute name, found the end/],
    ['versioning.enabled = true logging.enabled = true', /unexpected 'logging.enabled' after a complete condition/],
    ["encryption.type = 'AES256", /unterminated string/],
    ['(versioning.enabled = true', /expected '\)'/],
    ['versioning.enabled ~ true', /unexpected character '~'/],
    ['', /empty control/],
  ])('rejects %j', (control, message) => {
    expect(() => controlToCel(control, bucket)).toThrow(ControlSyntaxError);
    expect(() => controlToCel(control, bucket)).toThrow(message);
  });

  it('reports the offset of the offending token', () => {
    try {
      controlToCel('logging.enabled = true AND versioning.enabld = true', bucket);
      expect.unreachable();
    } catch (err) {
      expect((err as ControlSyntaxError).offset).toBe(27);
    }
  });
});

describe('seed names to model attributes', () => {
  it('maps snake_case segments to camelCase and accepts model names as written', () => {
    expect(camelCase('block_public_acls')).toBe('blockPublicAcls');
    expect(resolveControlPath('public_access_block.block_public_acls', bucket)).toMatchObject({ kind: 'field', path: 'publicAccessBlock.blockPublicAcls' });
    expect(resolveControlPath('publicAccessBlock.blockPublicAcls', bucket)).toMatchObject({ kind: 'field', path: 'publicAccessBlock.blockPublicAcls' });
    expect(resolveControlPath('password_last_used', user)).toMatchObject({ kind: 'field', path: 'passwordLastUsed' });
  });
});
