import type { UnknownMarker } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asList, asString, compact, propAt, refersTo } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { ResourceRef, isEvalObject, toModelJson, unresolved } from '../values.js';
import type { CfnAdapter } from './types.js';

/** What a policy's TargetIds item names: the organisation's root (`!GetAtt Org.RootId`), an OU or an account. */
function target(v: EvalValue, org: EvaluatedResource, ctx: AdapterContext): ModelValue {
  if (v instanceof ResourceRef) {
    const type = refersTo(v, org.logicalId) ? 'AWS::Organizations::Organization' : ctx.template.byId.get(v.logicalId)?.type;
    const kind = type === 'AWS::Organizations::Organization' ? 'ROOT' : type === 'AWS::Organizations::OrganizationalUnit' ? 'ORGANIZATIONAL_UNIT' : type === 'AWS::Organizations::Account' ? 'ACCOUNT' : 'UNKNOWN';
    return { id: v.render(), type: kind };
  }
  if (typeof v === 'string') return { id: v, type: v.startsWith('r-') ? 'ROOT' : v.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : /^\d{12}$/.test(v) ? 'ACCOUNT' : 'UNKNOWN' };
  return { id: toModelJson(v) as ModelValue, type: 'UNKNOWN' };
}

/** Content is a JSON document written inline (a YAML map) or as a JSON string. */
function document(v: EvalValue | undefined): ModelValue | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') {
    try {
      return JSON.parse(v) as ModelValue;
    } catch {
      return unresolved(v.slice(0, 80), 'the policy is not valid JSON');
    }
  }
  if (isEvalObject(v) || isUnknownMarker(v)) return toModelJson(v) as ModelValue;
  return unresolved(JSON.stringify(toModelJson(v)).slice(0, 80), 'expected a policy document');
}

function scp(p: EvaluatedResource, org: EvaluatedResource, ctx: AdapterContext): Record<string, ModelValue> {
  const ids = asList(propAt(p, 'TargetIds'));
  const targets: ModelValue = isUnknownMarker(ids) ? ids : (ids ?? []).map((t) => target(t, org, ctx));
  return compact({ id: p.logicalId, name: asString(propAt(p, 'Name')), awsManaged: false, document: document(propAt(p, 'Content')), targets });
}

/**
 * An AWS::Organizations::Organization is deployed from its management account: it stands for that
 * account, with the SCPs (AWS::Organizations::Policy) of the same template. Templates cannot enable
 * policy types on the root; attaching an SCP proves the type is on, otherwise it stays unknown.
 */
export const organizationAdapter: CfnAdapter = {
  modelType: 'aws.organizations.account',
  cfnTypes: ['AWS::Organizations::Organization'],
  joins: ['AWS::Organizations::Policy'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.organizations.account');
    b.set('inOrganization', true);
    b.set('isManagementAccount', true);
    b.set('featureSet', asString(b.prop('FeatureSet')) ?? 'ALL', 'FeatureSet');
    const policies = ctx.ofType('AWS::Organizations::Policy').filter((p) => (asString(propAt(p, 'Type')) ?? 'SERVICE_CONTROL_POLICY') === 'SERVICE_CONTROL_POLICY');
    const scps = policies.map((p) => scp(p, res, ctx));
    b.set('serviceControlPolicies', scps);
    // AttachPolicy is refused until the type is enabled, so an SCP with a target proves it is.
    const attached = scps.some((p) => Array.isArray(p.targets) && p.targets.length > 0);
    const notDeclared: UnknownMarker = { $unknown: { kind: 'unsupported', message: 'CloudFormation cannot declare the policy types enabled on the root' } };
    b.set('enabledPolicyTypes', attached ? ['SERVICE_CONTROL_POLICY'] : notDeclared);
    return [b.build(res.logicalId, ctx)];
  },
};

/** CloudFormation adapters of this area (registered in CFN_ADAPTERS). */
export const CFN_ORGANIZATIONS_ADAPTERS: readonly CfnAdapter[] = [organizationAdapter];
