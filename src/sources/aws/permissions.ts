import { AWS_COLLECTORS } from './collectors/index.js';
import { REGION_DISCOVERY_ACTIONS } from './regions.js';
import type { Collector } from './scope.js';

/** Called once per scan to learn the account id. */
export const IDENTITY_ACTIONS = ['sts:GetCallerIdentity'] as const;

export interface IamPolicyDocument {
  Version: '2012-10-17';
  Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }[];
}

/** Every IAM action a scan may call, sorted and unique. */
export function awsRequiredActions(collectors: readonly Collector[] = AWS_COLLECTORS): string[] {
  const set = new Set<string>([...IDENTITY_ACTIONS, ...REGION_DISCOVERY_ACTIONS]);
  for (const c of collectors) for (const a of c.actions) set.add(a);
  return [...set].sort();
}

/**
 * The least-privilege, read-only policy a scan needs: one statement listing exactly the actions
 * the collectors declare (a test proves the declared set equals what a full run calls).
 */
export function awsReadOnlyPolicy(collectors: readonly Collector[] = AWS_COLLECTORS): IamPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ParapetReadOnly', Effect: 'Allow', Action: awsRequiredActions(collectors), Resource: '*' }],
  };
}
