import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asList, asString, nameOf, propAt } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { ResourceRef } from '../values.js';
import type { CfnAdapter } from './types.js';
import { inlinePolicies } from './iam-identities.js';


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

    inlinePolicies(b, ctx, 'Users');

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
