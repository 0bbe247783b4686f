import type { JsonValue } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { Ref } from '../eval/values.js';
import { ResourceDraft, policyJson, str, toJson, valueAt } from './builder.js';
import type { AdaptContext } from './builder.js';
import type { TfAdapter } from './types.js';

/** Target kind of a policy attachment's `target_id`: a reference to an organisation means its root. */
function targetKind(target: TfValue | undefined, ctx: AdaptContext): string {
  if (target instanceof Ref) {
    const type = target.address.split('.').at(-2);
    if (type === 'aws_organizations_organization') return 'ROOT';
    if (type === 'aws_organizations_organizational_unit') return 'ORGANIZATIONAL_UNIT';
    if (type === 'aws_organizations_account') return 'ACCOUNT';
    return ctx.instances.find((i) => i.address === target.instance)?.type ?? 'UNKNOWN';
  }
  if (typeof target !== 'string') return 'UNKNOWN';
  if (target.startsWith('r-')) return 'ROOT';
  if (target.startsWith('ou-')) return 'ORGANIZATIONAL_UNIT';
  return /^\d{12}$/.test(target) ? 'ACCOUNT' : 'UNKNOWN';
}

function targetId(target: TfValue | undefined): JsonValue {
  if (target instanceof Ref) return target.expression;
  return typeof target === 'string' ? target : (toJson(target) ?? null);
}

/** True when `ref` (an attachment's `policy_id`) points at the policy instance `inst`. */
function pointsAt(ref: TfValue | undefined, inst: TfInstance): boolean {
  return ref instanceof Ref && (ref.instance === inst.address || ref.address === inst.declAddress);
}

/**
 * Service control policies declared in the same configuration (aws_organizations_policy of type
 * SERVICE_CONTROL_POLICY, the default) with their aws_organizations_policy_attachment targets.
 * Attachments of a literal policy id (a policy managed elsewhere) count as well; `p-FullAWSAccess`
 * is the AWS managed one.
 */
function serviceControlPolicies(ctx: AdaptContext): JsonValue[] {
  const managed = ctx.instances.filter((i) => i.mode === 'managed');
  const attachments = managed.filter((i) => i.type === 'aws_organizations_policy_attachment');
  const targetsOf = (matches: (policyId: TfValue | undefined) => boolean): JsonValue[] =>
    attachments.filter((a) => matches(valueAt(a, ['policy_id']))).map((a) => ({ id: targetId(valueAt(a, ['target_id'])), type: targetKind(valueAt(a, ['target_id']), ctx) }));
  const out: JsonValue[] = [];
  for (const p of managed.filter((i) => i.type === 'aws_organizations_policy')) {
    const type = valueAt(p, ['type']) ?? 'SERVICE_CONTROL_POLICY';
    if (type !== 'SERVICE_CONTROL_POLICY') continue;
    const policy: Record<string, JsonValue> = { id: p.address, awsManaged: false, targets: targetsOf((id) => pointsAt(id, p)) };
    const name = str(valueAt(p, ['name']));
    if (name !== undefined) policy.name = name;
    const document = policyJson(valueAt(p, ['content']));
    if (document !== undefined) policy.document = document;
    out.push(policy);
  }
  const literalIds = [...new Set(attachments.map((a) => valueAt(a, ['policy_id'])).filter((v): v is string => typeof v === 'string'))].sort();
  for (const id of literalIds) out.push({ id, awsManaged: id === 'p-FullAWSAccess', targets: targetsOf((v) => v === id) });
  return out;
}

/**
 * An aws_organizations_organization is applied from its management account: it stands for that
 * account in an organisation with the declared feature set and root policy types.
 */
export const organizationAdapter: TfAdapter = {
  modelType: 'aws.organizations.account',
  primary: ['aws_organizations_organization'],
  build(inst, ctx) {
    const d = new ResourceDraft(inst, 'aws.organizations.account', inst.address);
    d.set('inOrganization', true);
    d.set('isManagementAccount', true);
    d.set('featureSet', str(valueAt(inst, ['feature_set'])) ?? 'ALL', { inst, path: ['feature_set'] });
    d.set('enabledPolicyTypes', toJson(valueAt(inst, ['enabled_policy_types'])) ?? [], { inst, path: ['enabled_policy_types'] });
    d.set('serviceControlPolicies', serviceControlPolicies(ctx));
    return d;
  },
};

/** Terraform adapters of this area (registered in TF_ADAPTERS). */
export const TF_ORGANIZATIONS_ADAPTERS: readonly TfAdapter[] = [organizationAdapter];
