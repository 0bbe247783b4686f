import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asList, asString, nameOf, propAt } from '../model.js';
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

/** A list property of strings (ARNs, group names); one unresolved entry stays a marker in place. */
function stringList(v: EvalValue | undefined): ModelValue[] | ModelValue | undefined {
  const list = asList(v);
  if (list === undefined || isUnknownMarker(list)) return list;
  return list.map((x) => asString(x) ?? null);
}

export const iamUserAdapter: CfnAdapter = {
  modelType: 'aws.iam.user',
  cfnTypes: ['AWS::IAM::User'],
  joins: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::UserToGroupAddition', 'AWS::IAM::AccessKey'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.iam.user');
    const id = res.logicalId;
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['consoleAccess', 'attachedPolicyArns', 'inlinePolicies', 'groups']) b.set(attr, res.properties);
      return [b.build(id, ctx)];
    }
    const login = b.prop('LoginProfile');
    if (login !== undefined && login !== null) b.set('consoleAccess', isUnknownMarker(login) ? login : true, 'LoginProfile');

    // Managed policies: the user's own list plus AWS::IAM::ManagedPolicy resources naming the user.
    const managed = stringList(b.prop('ManagedPolicyArns'));
    const extraManaged = ctx.referrers('AWS::IAM::ManagedPolicy', 'Users', id).map((p) => new ResourceRef(p.logicalId).render());
    if (isUnknownMarker(managed)) b.set('attachedPolicyArns', managed, 'ManagedPolicyArns');
    else if (managed !== undefined || extraManaged.length) {
      b.set('attachedPolicyArns', [...((managed as ModelValue[] | undefined) ?? []), ...extraManaged], managed === undefined ? undefined : 'ManagedPolicyArns');
    }

    // Inline policies: the user's Policies plus AWS::IAM::Policy resources naming the user.
    const policies = asList(b.prop('Policies'));
    const joined = ctx.referrers('AWS::IAM::Policy', 'Users', id);
    if (isUnknownMarker(policies)) b.set('inlinePolicies', policies, 'Policies');
    else if (policies !== undefined || joined.length) {
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

    const groupsRaw = asList(b.prop('Groups'));
    if (Array.isArray(groupsRaw)) for (const g of groupsRaw) b.relate('member-of', g);
    const groups = stringList(b.prop('Groups'));
    const additions = ctx.referrers('AWS::IAM::UserToGroupAddition', 'Users', id).map((g) => asString(propAt(g, 'GroupName')) ?? null);
    if (isUnknownMarker(groups)) b.set('groups', groups, 'Groups');
    else if (groups !== undefined || additions.length) {
      b.set('groups', [...((groups as ModelValue[] | undefined) ?? []), ...additions], groups === undefined ? undefined : 'Groups');
    }

    const keys = ctx.referrers('AWS::IAM::AccessKey', 'UserName', id);
    const firstKey = keys[0];
    if (firstKey) {
      b.set(
        'accessKeys',
        keys.map((k) => ({ status: asString(propAt(k, 'Status')) ?? 'Active' })),
      );
      b.setLocation('accessKeys', { file: firstKey.file, line: firstKey.line });
    }
    return [b.build(nameOf(res, 'UserName'), ctx)];
  },
};
