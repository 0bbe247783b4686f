import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asInt, asList, asString, nameOf, propAt } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { ResourceRef, isEvalObject, toModelJson, unresolved } from '../values.js';
import type { CfnAdapter } from './types.js';

function policyDocument(v: EvalValue | undefined, expr: string): ModelValue {
  if (typeof v === 'string') {
    try {
      return JSON.parse(v) as ModelValue;
    } catch {
      return unresolved(expr, 'policy text is not JSON');
    }
  }
  return v === undefined ? unresolved(expr, 'no PolicyDocument') : (toModelJson(v) as ModelValue);
}

function stringList(v: EvalValue | undefined): ModelValue[] | ModelValue | undefined {
  const list = asList(v);
  if (list === undefined || isUnknownMarker(list)) return list;
  return list.map((x) => asString(x) ?? null);
}

/**
 * Inline policies of a role or group: its own `Policies` property plus AWS::IAM::Policy resources
 * that name it in `listProp` (Roles or Groups).
 */
/** Inline policies: the resource's own `Policies` plus AWS::IAM::Policy resources naming it. */
export function inlinePolicies(b: ModelBuilder, ctx: AdapterContext, listProp: 'Users' | 'Roles' | 'Groups'): void {
  const id = b.res.logicalId;
  const policies = asList(b.prop('Policies'));
  const joined = ctx.referrers('AWS::IAM::Policy', listProp, id);
  if (isUnknownMarker(policies)) return b.set('inlinePolicies', policies, 'Policies');
  if (policies === undefined && joined.length === 0) return;
  const map: Record<string, ModelValue> = {};
  let unknownName: ModelValue | undefined;
  (policies ?? []).forEach((p, i) => {
    const name = isEvalObject(p) ? asString(p.PolicyName) : undefined;
    if (typeof name !== 'string') {
      unknownName = isUnknownMarker(name) ? name : unresolved(`${id}.Policies.${i}`, 'inline policy without a PolicyName');
      return;
    }
    map[name] = policyDocument(isEvalObject(p) ? p.PolicyDocument : undefined, `${id}.Policies.${i}.PolicyDocument`);
    b.mapLine(`inlinePolicies.${name}`, `Policies.${i}`);
  });
  for (const p of joined) {
    const name = asString(propAt(p, 'PolicyName'));
    if (typeof name !== 'string') {
      unknownName = isUnknownMarker(name) ? name : unresolved(`${p.logicalId}.PolicyName`, 'policy without a PolicyName');
      continue;
    }
    map[name] = policyDocument(propAt(p, 'PolicyDocument'), `${p.logicalId}.PolicyDocument`);
    b.setLocation(`inlinePolicies.${name}`, b.lineOf('PolicyDocument', p) ?? { file: p.file, line: p.line });
  }
  b.set('inlinePolicies', unknownName ?? map, policies === undefined ? undefined : 'Policies');
}

/** Managed policies: the resource's own list plus AWS::IAM::ManagedPolicy resources naming it. */
function managedPolicies(b: ModelBuilder, ctx: AdapterContext, listProp: 'Roles' | 'Groups'): void {
  const managed = stringList(b.prop('ManagedPolicyArns'));
  const extra = ctx.referrers('AWS::IAM::ManagedPolicy', listProp, b.res.logicalId).map((p) => new ResourceRef(p.logicalId).render());
  if (isUnknownMarker(managed)) return b.set('attachedPolicyArns', managed, 'ManagedPolicyArns');
  if (managed !== undefined || extra.length) {
    b.set('attachedPolicyArns', [...((managed as ModelValue[] | undefined) ?? []), ...extra], managed === undefined ? undefined : 'ManagedPolicyArns');
  }
}

export const iamRoleAdapter: CfnAdapter = {
  modelType: 'aws.iam.role',
  cfnTypes: ['AWS::IAM::Role'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.iam.role');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['assumeRolePolicy', 'attachedPolicyArns', 'inlinePolicies']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('assumeRolePolicy', policyDocument(b.prop('AssumeRolePolicyDocument'), `${res.logicalId}.AssumeRolePolicyDocument`), 'AssumeRolePolicyDocument');
    b.set('path', asString(b.prop('Path')), 'Path');
    b.set('permissionsBoundaryArn', asString(b.prop('PermissionsBoundary')), 'PermissionsBoundary');
    b.set('maxSessionDuration', asInt(b.prop('MaxSessionDuration')), 'MaxSessionDuration');
    managedPolicies(b, ctx, 'Roles');
    inlinePolicies(b, ctx, 'Roles');
    return [b.build(nameOf(res, 'RoleName'), ctx)];
  },
};

export const iamGroupAdapter: CfnAdapter = {
  modelType: 'aws.iam.group',
  cfnTypes: ['AWS::IAM::Group'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.iam.group');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['attachedPolicyArns', 'inlinePolicies']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    managedPolicies(b, ctx, 'Groups');
    inlinePolicies(b, ctx, 'Groups');
    const additions = ctx.referrers('AWS::IAM::UserToGroupAddition', 'GroupName', res.logicalId).flatMap((g) => {
      const users = stringList(propAt(g, 'Users'));
      return Array.isArray(users) ? users : users === undefined ? [] : [users];
    });
    if (additions.length) b.set('members', additions);
    return [b.build(nameOf(res, 'GroupName'), ctx)];
  },
};

export const iamManagedPolicyAdapter: CfnAdapter = {
  modelType: 'aws.iam.policy',
  cfnTypes: ['AWS::IAM::ManagedPolicy'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.iam.policy');
    if (isUnknownMarker(res.properties)) {
      b.set('document', res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('document', policyDocument(b.prop('PolicyDocument'), `${res.logicalId}.PolicyDocument`), 'PolicyDocument');
    b.set('path', asString(b.prop('Path')), 'Path');
    let count = 0;
    let unknownCount: ModelValue | undefined;
    for (const [prop, attr] of [
      ['Users', 'attachedUsers'],
      ['Groups', 'attachedGroups'],
      ['Roles', 'attachedRoles'],
    ] as const) {
      const list = stringList(b.prop(prop));
      if (list === undefined) continue;
      b.set(attr, list, prop);
      if (Array.isArray(list)) count += list.length;
      else unknownCount = list;
    }
    // Other resources can list the policy in their ManagedPolicyArns too.
    for (const t of ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']) count += ctx.referrers(t, 'ManagedPolicyArns', res.logicalId).length;
    b.set('attachmentCount', unknownCount ?? count);
    return [b.build(nameOf(res, 'ManagedPolicyName'), ctx)];
  },
};
