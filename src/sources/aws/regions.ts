import { AccountClient, paginateListRegions } from '@aws-sdk/client-account';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { AwsSession, Outcome } from './session.js';

/** Actions region discovery may call (the first is tried first, the second is the fallback). */
export const REGION_DISCOVERY_ACTIONS = ['account:ListRegions', 'ec2:DescribeRegions'] as const;

/**
 * Regions the account can use: enabled by default or opted in. Asks the Account API first
 * (it knows opt-in status per account) and falls back to ec2:DescribeRegions with AllRegions.
 */
export async function discoverRegions(session: AwsSession, homeRegion: string): Promise<Outcome<string[]>> {
  const where = { service: 'account', region: homeRegion };
  const viaAccount = await session.call(REGION_DISCOVERY_ACTIONS[0], where, async () => {
    const client = session.client('account', AccountClient, homeRegion);
    const out: string[] = [];
    for await (const page of paginateListRegions({ client }, { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] })) {
      for (const r of page.Regions ?? []) if (r.RegionName) out.push(r.RegionName);
    }
    return out;
  }, { quiet: true });
  if (viaAccount.kind === 'ok' && viaAccount.value.length > 0) return { kind: 'ok', value: [...new Set(viaAccount.value)].sort() };
  const viaEc2 = await session.call(REGION_DISCOVERY_ACTIONS[1], { service: 'ec2', region: homeRegion }, async () => {
    const ec2 = session.client('ec2', EC2Client, homeRegion);
    const res = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    return (res.Regions ?? [])
      .filter((r) => r.OptInStatus === undefined || r.OptInStatus === 'opt-in-not-required' || r.OptInStatus === 'opted-in')
      .map((r) => r.RegionName)
      .filter((n): n is string => !!n);
  });
  if (viaEc2.kind === 'ok') return { kind: 'ok', value: [...new Set(viaEc2.value)].sort() };
  return viaEc2;
}
