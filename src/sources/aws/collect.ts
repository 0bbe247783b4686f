import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { Resource, SourceIssue } from '../../core/index.js';
import { ParapetError } from '../../core/index.js';
import { AWS_COLLECTORS } from './collectors/index.js';
import { sdkErrorInfo } from './errors.js';
import { discoverRegions } from './regions.js';
import type { Collector } from './scope.js';
import { Scope } from './scope.js';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, CollectStats, ProgressEvent } from './session.js';
import { AwsSession } from './session.js';
import { mapLimit } from './semaphore.js';

export interface CollectAwsOptions {
  /** Regions to scan; `'all'` or omitted: every region enabled for the account. */
  regions?: string[] | 'all';
  /** Named profile from the shared config/credentials files. */
  profile?: string;
  /** Role to assume for the scan (with `externalId` when the role's trust policy asks for one). */
  roleArn?: string;
  externalId?: string;
  /** Endpoint for every service, e.g. an emulator (`http://127.0.0.1:5000`); S3 then uses path-style. */
  endpointUrl?: string;
  /** Explicit credentials; otherwise the standard provider chain (env, SSO, profile, IMDS, ...). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  onProgress?: (event: ProgressEvent) => void;
  /** Collector tasks (service x region) run at once. Default 8. */
  concurrency?: number;
  /** Requests in flight per service and region. Default 8. */
  perServiceConcurrency?: number;
  /** SDK attempts per call (adaptive retry mode). Default 10. */
  maxAttempts?: number;
  /** Only these services (collector names: iam, s3, ec2, rds, ...). */
  services?: string[];
  /** Region used for global services and discovery. Default: us-east-1, or the partition's own (cn-north-1, us-gov-west-1). */
  homeRegion?: string;
}

export interface CollectAwsResult {
  /** Plain JSON: safe to write as a snapshot. */
  resources: Resource[];
  issues: SourceIssue[];
  stats: CollectStats;
  account: string;
  /** IAM actions the run called (for the least-privilege check). */
  calledActions: string[];
}

const HOME_BY_PARTITION: Record<string, string> = { aws: 'us-east-1', 'aws-cn': 'cn-north-1', 'aws-us-gov': 'us-gov-west-1' };

function resolveCredentials(opts: CollectAwsOptions, homeRegion: string): AwsCredentialIdentity | AwsCredentialIdentityProvider {
  const base = opts.credentials ?? (opts.profile ? fromIni({ profile: opts.profile }) : fromNodeProviderChain());
  if (!opts.roleArn) return base;
  return fromTemporaryCredentials({
    masterCredentials: base,
    params: { RoleArn: opts.roleArn, RoleSessionName: 'parapet-scan', ...(opts.externalId ? { ExternalId: opts.externalId } : {}) },
    clientConfig: { region: homeRegion, ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}) },
  });
}

/**
 * Reads an AWS account into the resource model. Collector failures never stop the run: a failed
 * call makes the attributes it feeds unknown (naming the action and error) and adds an issue.
 * Throws ParapetError('CREDENTIALS') only when no identity can be established at all.
 */
export async function collectAws(opts: CollectAwsOptions = {}): Promise<CollectAwsResult> {
  const started = Date.now();
  let homeRegion = opts.homeRegion ?? 'us-east-1';
  const session = new AwsSession({
    credentials: resolveCredentials(opts, homeRegion),
    ...(opts.endpointUrl ? { endpointUrl: opts.endpointUrl } : {}),
    maxAttempts: opts.maxAttempts ?? 10,
    perClientConcurrency: opts.perServiceConcurrency ?? 8,
  });
  try {
    const identity = await session.call('sts:GetCallerIdentity', { service: 'sts', region: homeRegion }, () =>
      session.client('sts', STSClient, homeRegion).send(new GetCallerIdentityCommand({})),
    );
    if (identity.kind !== 'ok' || !identity.value.Account) {
      const why = identity.kind === 'error' ? identity.cause.message : 'no account in the answer';
      throw new ParapetError('CREDENTIALS', `cannot establish an AWS identity: ${why}`, {
        hint: 'configure credentials (AWS_PROFILE, --profile, SSO login, or environment variables) and check them with `aws sts get-caller-identity`',
      });
    }
    const account = identity.value.Account;
    const partition = (identity.value.Arn ?? 'arn:aws:').split(':')[1] || 'aws';
    if (!opts.homeRegion && HOME_BY_PARTITION[partition]) homeRegion = HOME_BY_PARTITION[partition];

    let regions: string[];
    if (Array.isArray(opts.regions) && opts.regions.length > 0) regions = [...new Set(opts.regions)].sort();
    else {
      const found = await discoverRegions(session, homeRegion);
      if (found.kind !== 'ok') {
        session.addIssue({ kind: 'warning', service: 'ec2', region: homeRegion, message: `could not list enabled regions; scanning ${homeRegion} only` });
        regions = [homeRegion];
      } else regions = found.value;
    }

    const collectors = opts.services?.length ? AWS_COLLECTORS.filter((c) => opts.services!.includes(c.service)) : AWS_COLLECTORS;
    const tasks: { collector: Collector; region: string }[] = [];
    for (const c of collectors) {
      if (c.scope === 'global') tasks.push({ collector: c, region: homeRegion });
      else for (const r of regions) tasks.push({ collector: c, region: r });
    }

    const resources: Resource[] = [];
    let done = 0;
    await mapLimit(tasks, opts.concurrency ?? 8, async ({ collector, region }) => {
      const scope = new Scope(session, collector.service, region, account, partition, regions);
      try {
        await collector.collect(scope);
      } catch (err) {
        // A bug or an unexpected answer in one collector: keep what it found, report, go on.
        const info = sdkErrorInfo(err);
        session.addIssue({ kind: 'collection-error', service: collector.service, region, errorCode: 'CollectorFailed', message: `${collector.service} collector failed in ${region}: ${info.code}: ${info.message}` });
      }
      resources.push(...scope.resources);
      done++;
      opts.onProgress?.({ service: collector.service, region, resources: scope.resources.length, done, total: tasks.length });
    });

    const byUid = new Map<string, Resource>();
    for (const r of resources) byUid.set(`${r.type}\u0000${r.uid}`, r);
    const sorted = [...byUid.values()].sort((a, b) => a.type.localeCompare(b.type) || a.uid.localeCompare(b.uid));
    const stats = session.stats;
    stats.durationMs = Date.now() - started;
    stats.resources = sorted.length;
    stats.regions = regions;
    stats.retries = Math.max(0, stats.httpRequests - stats.apiCalls);
    return { resources: sorted, issues: session.issues(), stats, account, calledActions: [...session.calledActions].sort() };
  } finally {
    session.destroy();
  }
}
