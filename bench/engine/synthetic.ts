import type { Resource } from '../../src/core/index.js';
import { liveResource, unknownAttr } from '../../src/core/fixtures.js';

/** Deterministic pseudo-random numbers, so every run judges the same inventory. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A synthetic account-sized inventory mixing every modelled type, good and bad settings, and unknowns. */
export function syntheticInventory(count: number, seed = 42): Resource[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: Resource[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % 6;
    const tags: Record<string, string> = rand() < 0.3 ? { data_classification: pick(['sensitive', 'restricted', 'public']), env: pick(['prod', 'dev']) } : {};
    const opts = { uid: `synthetic-${i}`, tags, account: `1000000000${i % 10}`, region: pick(['us-east-1', 'eu-west-1', 'ap-south-1']) };
    if (k === 0) {
      out.push(
        liveResource('aws.s3.bucket', `bucket-${i}`, {
          versioning: { enabled: rand() < 0.5, status: 'Enabled', mfaDelete: false },
          encryption: { enabled: true, type: pick(['AES256', 'aws:kms'] as const) },
          logging: rand() < 0.05 ? unknownAttr('s3:GetBucketLogging') : { enabled: rand() < 0.5 },
          publicAccessBlock: rand() < 0.5 ? null : { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: rand() < 0.8, restrictPublicBuckets: true },
          acl: { grants: [] },
          policy: rand() < 0.1 ? unknownAttr('s3:GetBucketPolicy') : null,
          ownershipControls: 'BucketOwnerEnforced',
        }, opts),
      );
    } else if (k === 1) {
      const rules = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => ({
        protocol: pick(['tcp', 'udp', '-1']),
        fromPort: pick([22, 80, 443, 3389, 0, 5432]),
        toPort: pick([22, 80, 443, 3389, 65535, 5432]),
        peerKind: 'cidr-ipv4' as const,
        peer: pick(['0.0.0.0/0', '10.0.0.0/8', '192.168.1.0/24']),
      }));
      out.push(liveResource('aws.ec2.security-group', `sg-${i}`, { groupName: `sg-${i}`, description: 'synthetic', vpcId: 'vpc-1', ingress: rules, egress: [] }, opts));
    } else if (k === 2) {
      out.push(liveResource('aws.ec2.volume', `vol-${i}`, { encrypted: rand() < 0.7, sizeGiB: 100, volumeType: 'gp3', state: 'in-use', attachedInstances: [] }, opts));
    } else if (k === 3) {
      out.push(
        liveResource('aws.rds.db-instance', `db-${i}`, {
          engine: 'postgres',
          publiclyAccessible: rand() < 0.1,
          storageEncrypted: rand() < 0.8,
          backupRetentionPeriod: 7,
          multiAz: rand() < 0.5,
          iamDatabaseAuthentication: false,
          deletionProtection: rand() < 0.5,
          autoMinorVersionUpgrade: true,
        }, opts),
      );
    } else if (k === 4) {
      out.push(
        liveResource('aws.iam.user', `user-${i}`, {
          consoleAccess: rand() < 0.5,
          mfaDevices: rand() < 0.5 ? [{ serialNumber: `arn:aws:iam::1:mfa/u${i}`, kind: 'virtual' }] : [],
          accessKeys: [],
          attachedPolicyArns: [],
          inlinePolicies: {},
          groups: [],
        }, opts),
      );
    } else {
      out.push(liveResource('aws.iam.account', `account-${i}`, { rootAccessKeysPresent: rand() < 0.1, rootMfaEnabled: true, rootHardwareMfa: false, passwordPolicy: null }, opts));
    }
  }
  return out;
}
