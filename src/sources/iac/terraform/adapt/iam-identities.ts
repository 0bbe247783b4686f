import type { JsonValue } from '../../../../core/index.js';
import { isJsonObject, unknownMarker } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import { Ref } from '../eval/values.js';
import type { AdaptContext } from './builder.js';
import { ResourceDraft, num, policyJson, str, toJson, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

function appendTo(d: ResourceDraft, attr: string, value: JsonValue | undefined): void {
  if (value === undefined) return;
  const ev = d.attributes[attr];
  const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
  d.attributes[attr] = { state: 'known', value: [...current, value] };
}

function addInline(d: ResourceDraft, name: string, doc: JsonValue): void {
  const ev = d.attributes.inlinePolicies;
  const current = ev?.state === 'known' && isJsonObject(ev.value) ? ev.value : {};
  d.attributes.inlinePolicies = { state: 'known', value: { ...current, [name]: doc } };
}

function policyOf(inst: TfInstance, path: (string | number)[]): JsonValue {
  return policyJson(valueAt(inst, path)) ?? (unknownMarker({ kind: 'unresolved', expression: `${inst.address}.${path.join('.')}`, message: 'no policy document' }) as unknown as JsonValue);
}

/** An `aws_iam_*_policy` resource (inline policy) joined to its role or group. */
function inlineJoin(d: ResourceDraft, inst: TfInstance): void {
  const n = valueAt(inst, ['name']);
  const name = typeof n === 'string' ? n : inst.address;
  addInline(d, name, policyOf(inst, ['policy']));
  d.line(`inlinePolicies.${name}`, inst, ['policy']);
}

/** A policy attachment: the ARN on the principal, and one more attachment on the policy when it is in the scan. */
function attachmentJoin(kind: 'attachedRoles' | 'attachedGroups') {
  return (d: ResourceDraft, inst: TfInstance, ctx: AdaptContext): void => {
    const arn = valueAt(inst, ['policy_arn']);
    const target = arn instanceof Ref ? ctx.drafts.find((p) => p.inst.address === arn.instance && p.type === 'aws.iam.policy') : undefined;
    // A policy of the same configuration keeps its reference text, as CloudFormation's adapters do.
    appendTo(d, 'attachedPolicyArns', target && arn instanceof Ref ? `\${${arn.expression}}` : str(arn));
    d.line('attachedPolicyArns', inst, ['policy_arn']);
    const uid = ctx.uidOf(arn);
    if (uid) d.relationships.push({ kind: 'attached-policy', target: uid });
    if (target) {
      const ev = target.attributes.attachmentCount;
      target.attributes.attachmentCount = { state: 'known', value: (ev?.state === 'known' && typeof ev.value === 'number' ? ev.value : 0) + 1 };
      appendTo(target, kind, d.name);
    }
  };
}

export const iamRoleAdapter: TfAdapter = {
  modelType: 'aws.iam.role',
  primary: ['aws_iam_role'],
  nameAttr: 'name',
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.iam.role', typeof name === 'string' ? name : inst.address);
    d.set('assumeRolePolicy', policyOf(inst, ['assume_role_policy']), { inst, path: ['assume_role_policy'] });
    d.set('path', str(valueAt(inst, ['path'])), { inst, path: ['path'] });
    d.set('permissionsBoundaryArn', str(valueAt(inst, ['permissions_boundary'])), { inst, path: ['permissions_boundary'] });
    d.set('maxSessionDuration', num(valueAt(inst, ['max_session_duration'])), { inst, path: ['max_session_duration'] });
    const managed = valueAt(inst, ['managed_policy_arns']);
    if (managed !== undefined) d.set('attachedPolicyArns', toJson(managed), { inst, path: ['managed_policy_arns'] });
    const inline = valueAt(inst, ['inline_policy']);
    if (Array.isArray(inline)) {
      inline.forEach((_, i) => {
        const n = valueAt(inst, ['inline_policy', i, 'name']);
        if (valueAt(inst, ['inline_policy', i, 'policy']) === undefined) return; // an empty block removes inline policies
        const key = typeof n === 'string' ? n : `inline_policy[${i}]`;
        addInline(d, key, policyOf(inst, ['inline_policy', i, 'policy']));
        d.line(`inlinePolicies.${key}`, inst, ['inline_policy', i, 'policy']);
      });
    } else if (inline !== undefined) d.set('inlinePolicies', toJson(inline), { inst, path: ['inline_policy'] });
    return d;
  },
  joins: {
    aws_iam_role_policy: { via: 'role', apply: (d, inst) => inlineJoin(d, inst) },
    aws_iam_role_policy_attachment: { via: 'role', apply: attachmentJoin('attachedRoles') },
  },
};

export const iamGroupAdapter: TfAdapter = {
  modelType: 'aws.iam.group',
  primary: ['aws_iam_group'],
  nameAttr: 'name',
  build(inst) {
    const name = valueAt(inst, ['name']);
    return new ResourceDraft(inst, 'aws.iam.group', typeof name === 'string' ? name : inst.address);
  },
  joins: {
    aws_iam_group_policy: { via: 'group', apply: (d, inst) => inlineJoin(d, inst) },
    aws_iam_group_policy_attachment: { via: 'group', apply: attachmentJoin('attachedGroups') },
    aws_iam_group_membership: {
      via: 'group',
      apply(d, inst) {
        const users = toJson(valueAt(inst, ['users']));
        if (Array.isArray(users)) for (const u of users) appendTo(d, 'members', u);
        else if (users !== undefined) d.set('members', users);
        d.line('members', inst, ['users']);
      },
    },
  },
};

export const iamPolicyAdapter: TfAdapter = {
  modelType: 'aws.iam.policy',
  primary: ['aws_iam_policy'],
  nameAttr: 'name',
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.iam.policy', typeof name === 'string' ? name : inst.address);
    d.set('document', policyOf(inst, ['policy']), { inst, path: ['policy'] });
    d.set('path', str(valueAt(inst, ['path'])), { inst, path: ['path'] });
    return d;
  },
};
