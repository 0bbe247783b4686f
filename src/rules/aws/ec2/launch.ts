/** Checks shared by instances, launch templates and launch configurations. */
import type { CheckOutcome, RuleContext } from '../../../core/index.js';
import { isJsonObject } from '../../../core/index.js';

/** IMDSv2 only: session tokens required, or the metadata service switched off. */
export function checkImdsV2(ctx: RuleContext, what: string): CheckOutcome {
  const tokens = ctx.string('metadataOptions.httpTokens');
  if (tokens === 'required') return ctx.pass(`The ${what} requires IMDSv2 session tokens`, 'metadataOptions.httpTokens');
  if (ctx.string('metadataOptions.httpEndpoint') === 'disabled') return ctx.pass(`The ${what} has the metadata service turned off`, 'metadataOptions.httpEndpoint');
  return ctx.fail(`The ${what} accepts IMDSv1 requests (httpTokens is ${tokens ?? 'optional'})`, 'metadataOptions.httpTokens');
}

/** Region settings with EBS encryption by default on, for the resource's account and region if known. */
function encryptedByDefault(ctx: RuleContext): string | undefined {
  for (const s of ctx.inventory.byType('aws.ec2.region-settings')) {
    if (s.account && ctx.resource.account && s.account !== ctx.resource.account) continue;
    if (s.region && ctx.resource.region && s.region !== ctx.resource.region) continue;
    if (ctx.getOf(s, 'ebsEncryptionByDefault') === true) return s.name;
  }
  return undefined;
}

/** Every EBS block device is encrypted (explicitly, or by the region's encryption by default). */
export function checkBlockDevices(ctx: RuleContext, what: string): CheckOutcome {
  const devices = ctx.list('blockDevices');
  const plain: { index: number; name: string }[] = [];
  devices.forEach((d, i) => {
    if (isJsonObject(d) && typeof d.virtualName === 'string' && d.virtualName) return; // instance store
    if (ctx.bool(`blockDevices.${i}.encrypted`)) return;
    if (!ctx.isSet(`blockDevices.${i}.encrypted`) && encryptedByDefault(ctx)) return;
    plain.push({ index: i, name: ctx.string(`blockDevices.${i}.deviceName`) ?? `device ${i}` });
  });
  const first = plain[0];
  if (first) return ctx.fail(`The ${what} has unencrypted EBS volumes: ${plain.map((p) => p.name).join(', ')}`, `blockDevices.${first.index}`);
  if (!devices.length) return ctx.pass(`The ${what} declares no block devices beyond those of its image`, 'blockDevices');
  return ctx.pass(`All ${devices.length} block device(s) of the ${what} are encrypted`, 'blockDevices');
}
