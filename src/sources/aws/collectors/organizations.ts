import { AccessAnalyzerClient, paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import type { Policy, PolicySummary, PolicyTargetSummary } from '@aws-sdk/client-organizations';
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  OrganizationsClient,
  paginateListPolicies,
  paginateListRoots,
  paginateListTagsForResource,
  paginateListTargetsForPolicy,
} from '@aws-sdk/client-organizations';
import type { JsonValue, UnknownCause } from '../../../core/index.js';
import { accessAnalyzerRegion } from '../../../core/index.js';
import { organizationsAccount } from '../../../core/types/aws/organizations.js';
import type { Collector, Scope } from '../scope.js';
import type { CallOptions, Outcome } from '../session.js';
import { tagMap } from '../session.js';

/** Attributes only the management account or a delegated administrator may read. */
const ORG_ADMIN_ATTRS = ['enabledPolicyTypes', 'serviceControlPolicies'] as const;
const ORG_ATTRS = ['inOrganization', 'organizationId', 'featureSet', 'managementAccountId', 'isManagementAccount', ...ORG_ADMIN_ATTRS] as const;

/**
 * The account's place in AWS Organizations. Not being in an organisation is a fact
 * (AWSOrganizationsNotInUseException), not a gap; what the caller may not read stays unknown,
 * naming the refused operation, and never reads as "no SCPs".
 */
export const organizationsCollector: Collector = {
  service: 'organizations',
  scope: 'global',
  types: [organizationsAccount.type],
  actions: [
    'organizations:DescribeOrganization',
    'organizations:DescribePolicy',
    'organizations:ListPolicies',
    'organizations:ListRoots',
    'organizations:ListTagsForResource',
    'organizations:ListTargetsForPolicy',
  ],
  async collect(s) {
    const org = s.client(OrganizationsClient);
    const r = s.resource(organizationsAccount.type, s.arn('organizations', 'account', ''), `organizations ${s.account}`, 'organizations:DescribeOrganization', null);
    const described = await s.call('organizations:DescribeOrganization', () => org.send(new DescribeOrganizationCommand({})), { absentOn: ['AWSOrganizationsNotInUseException'] });
    if (described.kind === 'absent') {
      r.known('inOrganization', false).absent('organizationId').absent('featureSet').absent('managementAccountId').known('isManagementAccount', false);
      r.known('enabledPolicyTypes', []).known('serviceControlPolicies', []);
      s.emit(r);
      return;
    }
    if (described.kind === 'error') {
      r.from('organizations:DescribeOrganization', described, () => ({}), ORG_ATTRS).tagsUnknown(described.cause);
      s.emit(r);
      return;
    }
    const o = described.value.Organization;
    const isManagement = o?.MasterAccountId === s.account;
    r.known('inOrganization', true)
      .known('organizationId', o?.Id)
      .known('featureSet', o?.FeatureSet)
      .known('managementAccountId', o?.MasterAccountId)
      .known('isManagementAccount', o?.MasterAccountId === undefined ? undefined : isManagement);
    // A member account that is not a delegated administrator is always refused these calls. The
    // attributes still carry the refusal (rules ERROR naming it); it is just not a collection error.
    const opts: CallOptions = isManagement ? {} : { quiet: true };
    const [roots, scps, tags] = await Promise.all([
      s.all('organizations:ListRoots', () => paginateListRoots({ client: org }, {}), opts),
      collectScps(s, org, opts),
      s.all('organizations:ListTagsForResource', () => paginateListTagsForResource({ client: org }, { ResourceId: s.account }), opts),
    ]);
    r.from('organizations:ListRoots', roots, (pages) => ({ enabledPolicyTypes: enabledTypes(pages.flatMap((p) => p.Roots ?? [])) }), ['enabledPolicyTypes']);
    r.op('organizations:ListPolicies');
    if (scps.kind === 'ok') r.op('organizations:DescribePolicy').op('organizations:ListTargetsForPolicy').known('serviceControlPolicies', scps.value);
    else r.unknown('serviceControlPolicies', scps.cause);
    r.op('organizations:ListTagsForResource');
    if (tags.kind === 'ok') r.tags(tagMap(tags.value.flatMap((p) => p.Tags ?? [])));
    else if (tags.kind === 'error') r.tagsUnknown(tags.cause);
    s.emit(r);
  },
};

function enabledTypes(roots: readonly { PolicyTypes?: { Type?: string; Status?: string }[] }[]): string[] {
  const types = roots.flatMap((root) => (root.PolicyTypes ?? []).filter((t) => t.Status === 'ENABLED' && t.Type).map((t) => t.Type as string));
  return [...new Set(types)].sort();
}

type ScpResult = { kind: 'ok'; value: JsonValue[] } | { kind: 'error'; cause: UnknownCause };

/** Every SCP with its document and targets; one refused call makes the whole list unknown. */
async function collectScps(s: Scope, org: OrganizationsClient, opts: CallOptions): Promise<ScpResult> {
  const listed = await s.all('organizations:ListPolicies', () => paginateListPolicies({ client: org }, { Filter: 'SERVICE_CONTROL_POLICY' }), opts);
  if (listed.kind !== 'ok') return failed(listed);
  const summaries = listed.value.flatMap((p) => p.Policies ?? []).filter((p): p is PolicySummary & { Id: string } => !!p.Id);
  const detailed = await Promise.all(
    summaries.map(async (summary) => {
      const [policy, targets] = await Promise.all([
        s.call('organizations:DescribePolicy', () => org.send(new DescribePolicyCommand({ PolicyId: summary.Id })), opts),
        s.all('organizations:ListTargetsForPolicy', () => paginateListTargetsForPolicy({ client: org }, { PolicyId: summary.Id }), opts),
      ]);
      if (policy.kind !== 'ok') return failed(policy);
      if (targets.kind !== 'ok') return failed(targets);
      return { kind: 'ok' as const, value: scpJson(summary, policy.value.Policy, targets.value.flatMap((p) => p.Targets ?? [])) };
    }),
  );
  const value: JsonValue[] = [];
  for (const d of detailed) {
    if (d.kind !== 'ok') return d;
    value.push(d.value);
  }
  return { kind: 'ok', value: value.sort((x, y) => String((x as { id: string }).id).localeCompare(String((y as { id: string }).id))) };
}

function failed(o: Outcome<unknown>): ScpResult {
  // Organizations has no "not configured" answer for these reads: anything but a value is unknown.
  if (o.kind === 'error') return { kind: 'error', cause: o.cause };
  return { kind: 'error', cause: { kind: 'api-error', errorCode: o.kind === 'absent' ? o.code : 'unexpected', message: 'unexpected answer' } };
}

function scpJson(summary: PolicySummary & { Id: string }, policy: Policy | undefined, targets: PolicyTargetSummary[]): JsonValue {
  const out: Record<string, JsonValue> = { id: summary.Id, awsManaged: summary.AwsManaged ?? false };
  if (summary.Name) out.name = summary.Name;
  const content = policy?.Content;
  if (content !== undefined) {
    try {
      out.document = JSON.parse(content) as JsonValue;
    } catch {
      out.document = content;
    }
  }
  out.targets = targets
    .filter((t) => t.TargetId)
    .map((t) => ({ id: t.TargetId as string, type: t.Type ?? 'UNKNOWN' }))
    .sort((x, y) => x.id.localeCompare(y.id));
  return out;
}

/** IAM Access Analyzer per region: its analyzers (every kind; rules pick the ones that matter). */
export const accessAnalyzerCollector: Collector = {
  service: 'access-analyzer',
  scope: 'regional',
  types: [accessAnalyzerRegion.type],
  actions: ['access-analyzer:ListAnalyzers'],
  async collect(s) {
    const aa = s.client(AccessAnalyzerClient);
    const r = s.resource(accessAnalyzerRegion.type, s.arn('access-analyzer', 'analyzers'), `access-analyzer ${s.region}`, 'access-analyzer:ListAnalyzers');
    const listed = await s.all('access-analyzer:ListAnalyzers', () => paginateListAnalyzers({ client: aa }, {}));
    r.from(
      'access-analyzer:ListAnalyzers',
      listed,
      (pages) => ({
        analyzers: pages
          .flatMap((p) => p.analyzers ?? [])
          .map((a) => {
            const out: Record<string, JsonValue> = { name: a.name ?? '', type: a.type ?? 'UNKNOWN' };
            if (a.status) out.status = a.status;
            return out;
          })
          .sort((x, y) => String(x.name).localeCompare(String(y.name))),
      }),
      ['analyzers'],
    );
    s.emit(r);
  },
};

/** Collectors of this area, in a fixed order (registered in AWS_COLLECTORS). */
export const ORGANIZATIONS_COLLECTORS: readonly Collector[] = [organizationsCollector, accessAnalyzerCollector];
