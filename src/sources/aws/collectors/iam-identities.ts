import { IAMClient, paginateGetAccountAuthorizationDetails, paginateListServerCertificates } from '@aws-sdk/client-iam';
import type { GetAccountAuthorizationDetailsCommandOutput, ManagedPolicyDetail } from '@aws-sdk/client-iam';
import type { JsonValue } from '../../../core/index.js';
import { iamGroup, iamPolicy, iamRole, iamServerCertificate } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import { iso, tagMap } from '../session.js';
import { parsePolicy } from './iam.js';

const DETAILS = 'iam:GetAccountAuthorizationDetails';

/**
 * Roles, customer managed policies and groups from one paginated GetAccountAuthorizationDetails
 * (documents, attachments and memberships included), plus server certificates.
 */
export const iamIdentitiesCollector: Collector = {
  service: 'iam',
  scope: 'global',
  types: [iamRole.type, iamPolicy.type, iamGroup.type, iamServerCertificate.type],
  actions: [DETAILS, 'iam:ListServerCertificates'],
  async collect(s) {
    const iam = s.client(IAMClient);
    await Promise.all([collectDetails(s, iam), collectCertificates(s, iam)]);
  },
};

function inline(list: readonly { PolicyName?: string; PolicyDocument?: string }[] | undefined, op: string): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const p of [...(list ?? [])].sort((a, b) => (a.PolicyName ?? '').localeCompare(b.PolicyName ?? ''))) out[p.PolicyName ?? ''] = parsePolicy(p.PolicyDocument, op);
  return out;
}

async function collectDetails(s: Scope, iam: IAMClient): Promise<void> {
  const got = await s.all(DETAILS, () => paginateGetAccountAuthorizationDetails({ client: iam }, { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'] }));
  if (got.kind !== 'ok') {
    for (const [def, kind] of [[iamRole, 'role'], [iamPolicy, 'policy'], [iamGroup, 'group']] as const) s.unlisted(def, `arn:${s.partition}:iam::${s.account}:${kind}/*`, got, null);
    return;
  }
  const pages: GetAccountAuthorizationDetailsCommandOutput[] = got.value;
  const users = pages.flatMap((p) => p.UserDetailList ?? []);
  const roles = pages.flatMap((p) => p.RoleDetailList ?? []);
  const groups = pages.flatMap((p) => p.GroupDetailList ?? []);
  const policies: ManagedPolicyDetail[] = [];
  for (const p of pages) for (const pol of p.Policies ?? []) policies.push(pol);

  const attached = { users: new Map<string, string[]>(), groups: new Map<string, string[]>(), roles: new Map<string, string[]>() };
  const note = (m: Map<string, string[]>, arn: string | undefined, name: string | undefined) => {
    if (!arn || !name) return;
    m.set(arn, [...(m.get(arn) ?? []), name]);
  };
  const members = new Map<string, string[]>();
  for (const u of users) {
    for (const p of u.AttachedManagedPolicies ?? []) note(attached.users, p.PolicyArn, u.UserName);
    for (const g of u.GroupList ?? []) members.set(g, [...(members.get(g) ?? []), u.UserName ?? '']);
  }
  for (const g of groups) for (const p of g.AttachedManagedPolicies ?? []) note(attached.groups, p.PolicyArn, g.GroupName);
  for (const r of roles) for (const p of r.AttachedManagedPolicies ?? []) note(attached.roles, p.PolicyArn, r.RoleName);

  for (const role of roles) {
    const name = role.RoleName ?? '';
    const r = s.resource(iamRole.type, role.Arn ?? `arn:${s.partition}:iam::${s.account}:role/${name}`, name, DETAILS, null);
    r.known('arn', role.Arn).known('path', role.Path).known('createdAt', iso(role.CreateDate));
    r.known('assumeRolePolicy', role.AssumeRolePolicyDocument ? parsePolicy(role.AssumeRolePolicyDocument, DETAILS) : undefined);
    r.known('attachedPolicyArns', (role.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn ?? '').sort());
    r.known('inlinePolicies', inline(role.RolePolicyList, DETAILS));
    r.known('permissionsBoundaryArn', role.PermissionsBoundary?.PermissionsBoundaryArn);
    r.known('lastUsedAt', iso(role.RoleLastUsed?.LastUsedDate));
    r.known('serviceLinked', (role.Path ?? '').startsWith('/aws-service-role/'));
    r.tags(tagMap(role.Tags));
    s.emit(r);
  }
  for (const pol of policies) {
    const arn = pol.Arn ?? `arn:${s.partition}:iam::${s.account}:policy/${pol.PolicyName ?? ''}`;
    const name = pol.PolicyName || arn.split('/').pop() || arn;
    const r = s.resource(iamPolicy.type, arn, name, DETAILS, null);
    const current = (pol.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? (pol.PolicyVersionList ?? []).find((v) => v.VersionId === pol.DefaultVersionId);
    r.known('arn', arn).known('path', pol.Path).known('awsManaged', arn.includes(':iam::aws:policy/'));
    r.known('document', current?.Document ? parsePolicy(current.Document, DETAILS) : undefined).known('defaultVersionId', pol.DefaultVersionId);
    r.known('attachmentCount', pol.AttachmentCount);
    r.known('attachedUsers', (attached.users.get(arn) ?? []).sort()).known('attachedGroups', (attached.groups.get(arn) ?? []).sort()).known('attachedRoles', (attached.roles.get(arn) ?? []).sort());
    // Policy tags are not in the details answer; one ListPolicyTags per policy is not worth it.
    r.tagsUnknown({ kind: 'not-collected', message: 'tags are not collected for managed policies' });
    s.emit(r);
  }
  for (const g of groups) {
    const name = g.GroupName ?? '';
    const r = s.resource(iamGroup.type, g.Arn ?? `arn:${s.partition}:iam::${s.account}:group/${name}`, name, DETAILS, null);
    r.known('arn', g.Arn).known('members', (members.get(name) ?? []).sort());
    r.known('attachedPolicyArns', (g.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn ?? '').sort()).known('inlinePolicies', inline(g.GroupPolicyList, DETAILS));
    s.emit(r);
  }
}

async function collectCertificates(s: Scope, iam: IAMClient): Promise<void> {
  const got = await s.all('iam:ListServerCertificates', () => paginateListServerCertificates({ client: iam }, {}));
  if (got.kind !== 'ok') {
    s.unlisted(iamServerCertificate, `arn:${s.partition}:iam::${s.account}:server-certificate/*`, got, null);
    return;
  }
  for (const c of got.value.flatMap((p) => p.ServerCertificateMetadataList ?? [])) {
    const name = c.ServerCertificateName ?? '';
    const r = s.resource(iamServerCertificate.type, c.Arn ?? `arn:${s.partition}:iam::${s.account}:server-certificate/${name}`, name, 'iam:ListServerCertificates', null);
    r.known('arn', c.Arn).known('expiration', iso(c.Expiration)).known('uploadedAt', iso(c.UploadDate));
    r.tagsUnknown({ kind: 'not-collected', message: 'tags are not collected for server certificates' });
    s.emit(r);
  }
}
