import { describe, expect, it } from 'vitest';
import type { Finding, Resource } from '../core/index.js';
import { Inventory, runRule } from '../core/index.js';
import { absentAttr, iacResource, liveResource, unknownAttr, unresolvedAttr } from '../core/fixtures.js';
import type { PolicyRule } from './index.js';
import { compileCel } from './index.js';
import { policyFrom, testTypes, withUnreadableTags } from './testing.js';

const run = (rule: PolicyRule, r: Resource): Finding => runRule(rule, r, testTypes.get(r.type), new Inventory([r]));

const prodVersioning = policyFrom(`
id: prod-bucket-versioning
title: Production buckets keep object versions
severity: high
description: Buckets tagged env=prod must have versioning on and MFA delete for the payments team.
remediation:
  text: Turn on versioning.
  cli: aws s3api put-bucket-versioning --bucket NAME --versioning-configuration Status=Enabled
references: [https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html]
select:
  type: aws_s3_bucket
  tags: { env: [prod, production] }
conditions:
  - cel: resource.versioning.enabled
    message: versioning must be on
  - cel: '!(has(tags.team) && tags.team == "payments") || resource.versioning.mfaDelete'
    message: payments buckets need MFA delete
`);

describe('CEL policies', () => {
  it('builds a rule from the native form', () => {
    expect(prodVersioning.meta).toMatchObject({
      id: 'policy-prod-bucket-versioning',
      severity: 'high',
      provider: 'aws',
      service: 's3',
      resourceTypes: ['aws.s3.bucket'],
      remediation: { text: 'Turn on versioning.', cli: expect.stringContaining('put-bucket-versioning') },
    });
    expect(prodVersioning.format).toBe('cel');
    expect(prodVersioning.source).toEqual({ file: 'inline.yaml', line: 2 });
  });

  it('PASSes, FAILs with the condition messages, and is NOT_APPLICABLE outside the selection', () => {
    const ok = liveResource('aws.s3.bucket', 'ok', { versioning: { enabled: true, status: 'Enabled' } }, { tags: { env: 'prod' } });
    expect(run(prodVersioning, ok).status).toBe('PASS');
    const bad = liveResource('aws.s3.bucket', 'bad', { versioning: { enabled: false } }, { tags: { env: 'production', team: 'payments' } });
    const f = run(prodVersioning, bad);
    expect(f.status).toBe('FAIL');
    expect(f.message).toBe('Policy prod-bucket-versioning: 2 of 2 required controls failed: versioning must be on; payments buckets need MFA delete');
    const dev = liveResource('aws.s3.bucket', 'dev', {}, { tags: { env: 'dev' } });
    const na = run(prodVersioning, dev);
    expect(na.status).toBe('NOT_APPLICABLE');
    expect(na.message).toContain('tag env=prod|production');
  });

  it('applies provider defaults to absent IaC attributes and records them as defaults', () => {
    const f = run(prodVersioning, iacResource('aws.s3.bucket', 'tf', {}, { tags: { env: 'prod' }, address: 'aws_s3_bucket.tf' }));
    expect(f.status).toBe('FAIL');
    expect(f.evidence[0]).toMatchObject({ path: 'versioning.enabled', state: 'absent', isDefault: true, value: false });
  });

  it('points a FAIL at the line of the failing attribute in IaC', () => {
    const r = iacResource('aws.s3.bucket', 'tf', { versioning: { enabled: false } }, {
      tags: { env: 'prod' },
      location: { file: 'main.tf', line: 3, endLine: 20 },
      attributeLines: { versioning: { file: 'main.tf', line: 12 } },
    });
    const f = run(prodVersioning, r);
    expect(f.status).toBe('FAIL');
    expect(f.resource.location).toEqual({ file: 'main.tf', line: 12 });
  });

  it('judges each resource type of a multi-criteria seed policy by its own controls', () => {
    const rule = policyFrom(`
policy: BLOCK_PUBLIC_EVERYWHERE
description: Block Public Access is on for the account and for shared buckets
severity: critical
criteria:
  - resource_type: AWS::S3::AccountPublicAccessBlock
    required_controls: [public_access_block.enabled]
  - resource_type: aws_s3_bucket
    tags: ["shared"]
    required_controls: ["public_access_block.enabled = true", "acl.canned_acl = 'private'"]
`);
    expect(rule.meta.resourceTypes).toEqual(['aws.s3.account-settings', 'aws.s3.bucket']);
    expect(rule.meta.service).toBe('s3');
    expect(run(rule, liveResource('aws.s3.account-settings', 'acct', { publicAccessBlock: null })).message).toBe('Policy BLOCK_PUBLIC_EVERYWHERE: 1 of 1 required controls failed: public_access_block.enabled');
    expect(run(rule, liveResource('aws.s3.bucket', 'b', { publicAccessBlock: null, acl: { cannedAcl: 'private' } }, { tags: { shared: 'yes' } })).message).toContain('1 of 2');
    expect(run(rule, liveResource('aws.s3.bucket', 'b', {})).status).toBe('NOT_APPLICABLE');
  });

  it('gives ERROR, never PASS, when a condition reads an unknown attribute', () => {
    const r = liveResource('aws.s3.bucket', 'x', { versioning: unknownAttr('s3:GetBucketVersioning') }, { tags: { env: 'prod' } });
    const f = run(prodVersioning, r);
    expect(f.status).toBe('ERROR');
    expect(f.error?.cause?.operation).toBe('s3:GetBucketVersioning');
  });

  it('gives ERROR when tags decide the selection but could not be read', () => {
    const r = withUnreadableTags(liveResource('aws.s3.bucket', 'x', { versioning: { enabled: true } }));
    const f = run(prodVersioning, r);
    expect(f.status).toBe('ERROR');
    expect(f.message).toContain('tags is unknown');
    expect(f.message).toContain('s3:GetBucketTagging');
  });

  it('walks lists with macros and reads the whole list as one piece of evidence', () => {
    const openSsh = policyFrom(`
id: no-open-ssh
title: No security group opens SSH to the world
severity: critical
description: Inbound port 22 must not be reachable from 0.0.0.0/0.
select: { type: AWS::EC2::SecurityGroup }
conditions:
  - cel: '!resource.ingress.exists(r, r.peer == "0.0.0.0/0" && r.fromPort <= 22 && r.toPort >= 22)'
    message: SSH is open to the internet
`);
    const open = liveResource('aws.ec2.security-group', 'sg-1', { ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }] });
    const closed = liveResource('aws.ec2.security-group', 'sg-2', { ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }] });
    expect(run(openSsh, open).status).toBe('FAIL');
    const pass = run(openSsh, closed);
    expect(pass.status).toBe('PASS');
    expect(pass.evidence.map((e) => e.path)).toEqual(['ingress']);
    // One CIDR came from an unresolved variable: the list cannot be judged.
    const partial = iacResource('aws.ec2.security-group', 'sg-3', { ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, peerKind: 'cidr-ipv4', peer: { $unknown: { kind: 'unresolved', expression: 'var.cidr', message: 'could not resolve var.cidr' } } }] });
    const err = run(openSsh, partial);
    expect(err.status).toBe('ERROR');
    expect(err.message).toContain('var.cidr');
  });

  it('exposes name, account, region and tags, and filters with where', () => {
    const rule = policyFrom(`
id: eu-volumes-encrypted
title: Volumes in EU regions are encrypted
severity: medium
description: Volumes in eu-* regions must be encrypted at rest, except scratch volumes.
select:
  type: aws.ec2.volume
  where: region.startsWith("eu-") && !name.startsWith("scratch-")
conditions:
  - cel: resource.encrypted && account != "" && !("unencrypted-ok" in tags)
`);
    const eu = liveResource('aws.ec2.volume', 'vol-1', { encrypted: false }, { region: 'eu-west-1' });
    const us = liveResource('aws.ec2.volume', 'vol-2', { encrypted: false }, { region: 'us-east-1' });
    const scratch = liveResource('aws.ec2.volume', 'scratch-1', { encrypted: false }, { region: 'eu-west-1' });
    expect(run(rule, eu).status).toBe('FAIL');
    expect(run(rule, us).status).toBe('NOT_APPLICABLE');
    expect(run(rule, scratch).status).toBe('NOT_APPLICABLE');
    expect(run(rule, liveResource('aws.ec2.volume', 'vol-3', { encrypted: true }, { region: 'eu-west-1' })).status).toBe('PASS');
  });

  it('handles ints, nullable strings and unset objects', () => {
    const rule = policyFrom(`
id: rds-basics
title: Databases keep backups and use a customer key
severity: medium
description: Backups are kept a week and storage uses a named KMS key.
select: { type: aws_db_instance }
conditions:
  - resource.backupRetentionPeriod >= 7
  - resource.kmsKeyId != null && resource.kmsKeyId.startsWith("arn:aws:kms:")
`);
    expect(run(rule, iacResource('aws.rds.db-instance', 'db', {})).message).toContain('2 of 2 required controls failed');
    expect(run(rule, liveResource('aws.rds.db-instance', 'db', { backupRetentionPeriod: 14, kmsKeyId: 'arn:aws:kms:us-east-1:1:key/k' })).status).toBe('PASS');
    expect(run(rule, iacResource('aws.rds.db-instance', 'db', { backupRetentionPeriod: unresolvedAttr('var.days') })).message).toContain('var.days');

    const pab = policyFrom(`
id: pab-flags
title: Bucket-level public access block is fully on
severity: high
description: Unset means the flags read as their defaults (false).
select: { type: aws.s3.bucket }
conditions: ["resource.publicAccessBlock.blockPublicAcls && resource.publicAccessBlock.restrictPublicBuckets"]
`);
    expect(run(pab, iacResource('aws.s3.bucket', 'b', { publicAccessBlock: absentAttr })).status).toBe('FAIL');
    expect(run(pab, liveResource('aws.s3.bucket', 'b', { publicAccessBlock: null })).status).toBe('FAIL');
  });

  it('reports an evaluation error as ERROR for that resource only', () => {
    const rule = policyFrom(`
id: policy-doc
title: Bucket policy denies insecure transport
severity: low
description: The bucket policy has a Deny statement on aws:SecureTransport.
select: { type: aws.s3.bucket }
conditions: ['resource.policy.Statement.exists(s, s.Effect == "Deny")']
`);
    const noPolicy = run(rule, iacResource('aws.s3.bucket', 'b', {}));
    expect(noPolicy.status).toBe('ERROR');
    expect(noPolicy.error?.kind).toBe('rule-crashed');
    const withPolicy = run(rule, iacResource('aws.s3.bucket', 'b', { policy: { Statement: [{ Effect: 'Deny' }] } }));
    expect(withPolicy.status).toBe('PASS');
  });
});

describe('compileCel', () => {
  const bucket = testTypes.get('aws.s3.bucket')!;
  it('lists the attribute paths an expression reads, parents absorbing children', () => {
    const c = compileCel('resource.logging.enabled && resource.logging.targetBucket != "" && resource["versioning"].enabled && tags.a == "b"', bucket);
    expect('paths' in c && c.paths).toEqual(['logging.enabled', 'logging.targetBucket', 'versioning.enabled']);
    const d = compileCel('resource.acl.grants.size() == 0 && resource.acl.grants.all(g, g.permission != "WRITE")', bucket);
    expect('paths' in d && d.paths).toEqual(['acl.grants']);
    expect('usesTags' in c && c.usesTags).toBe(true);
  });
  it('rejects undeclared variables and over-long expressions', () => {
    expect(compileCel('bucket.versioning.enabled', bucket)).toMatchObject({ problems: [{ message: expect.stringContaining('bucket') }] });
    expect(compileCel(`${'true && '.repeat(1000)}true`, bucket)).toMatchObject({ problems: [{ message: expect.stringContaining('longer than') }] });
  });
});
