import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, paginateListKeys, paginateListResourceTags } from '@aws-sdk/client-kms';
import { kmsKey } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';
import { parsePolicy } from './iam.js';

export const kmsCollector: Collector = {
  service: 'kms',
  scope: 'regional',
  types: [kmsKey.type],
  actions: ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:ListKeys', 'kms:ListResourceTags'],
  async collect(s) {
    const kms = s.client(KMSClient);
    const listed = await s.all('kms:ListKeys', () => paginateListKeys({ client: kms }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(kmsKey, s.arn('kms', 'key/*'), listed);
      return;
    }
    const keys = listed.value.flatMap((p) => p.Keys ?? []);
    await mapLimit(keys, 8, (k) => collectKey(s, kms, k.KeyId ?? '', k.KeyArn));
  },
};

async function collectKey(s: Scope, kms: KMSClient, keyId: string, keyArn: string | undefined): Promise<void> {
  const desc = await s.call('kms:DescribeKey', () => kms.send(new DescribeKeyCommand({ KeyId: keyId })));
  const md = desc.kind === 'ok' ? desc.value.KeyMetadata : undefined;
  const r = s.resource(kmsKey.type, keyArn ?? md?.Arn ?? s.arn('kms', `key/${keyId}`), keyId, 'kms:ListKeys');
  r.from('kms:DescribeKey', desc, (v) => ({
    keyManager: v.KeyMetadata?.KeyManager,
    keyState: v.KeyMetadata?.KeyState,
    keySpec: v.KeyMetadata?.KeySpec,
    keyUsage: v.KeyMetadata?.KeyUsage,
    description: v.KeyMetadata?.Description,
    multiRegion: v.KeyMetadata?.MultiRegion ?? false,
  }), ['keyManager', 'keyState', 'keySpec', 'keyUsage', 'description', 'multiRegion']);
  // Rotation exists only for enabled symmetric encryption keys; for others the attribute stays absent.
  const rotates = md && md.KeySpec === 'SYMMETRIC_DEFAULT' && md.KeyState !== 'PendingDeletion' && md.KeyState !== 'PendingImport' && md.Origin !== 'EXTERNAL';
  const [rot, pol, tags] = await Promise.all([
    rotates ? s.call('kms:GetKeyRotationStatus', () => kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }))) : Promise.resolve(undefined),
    s.call('kms:GetKeyPolicy', () => kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }))),
    s.all('kms:ListResourceTags', () => paginateListResourceTags({ client: kms }, { KeyId: keyId })),
  ]);
  if (rot) r.from('kms:GetKeyRotationStatus', rot, (v) => ({ rotationEnabled: v.KeyRotationEnabled ?? false, rotationPeriodDays: v.RotationPeriodInDays }), ['rotationEnabled', 'rotationPeriodDays']);
  else if (desc.kind === 'error') r.unknown('rotationEnabled', desc.cause);
  else r.absent('rotationEnabled');
  r.from('kms:GetKeyPolicy', pol, (v) => ({ policy: parsePolicy(v.Policy, 'kms:GetKeyPolicy') }), ['policy']);
  r.op('kms:ListResourceTags');
  if (tags.kind === 'ok') r.tags(tagMap(tags.value.flatMap((p) => (p.Tags ?? []).map((t) => ({ Key: t.TagKey, Value: t.TagValue })))));
  else if (tags.kind === 'error') r.tagsUnknown(tags.cause);
  s.emit(r);
}
