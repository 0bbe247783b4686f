import type { JsonValue } from '../../../../core/index.js';
import { isJsonObject, isUnknownMarker, unresolvedCause } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import { Ref, isObject } from '../eval/values.js';
import type { ResourceDraft } from './builder.js';
import { ResourceDraft as Draft, compact, str, toJson, valueAt } from './builder.js';
import { applyFields, keyRef } from './table.js';
import type { TfAdapter } from './types.js';

const TRACING: Record<string, string> = { active: 'Active', passthrough: 'PassThrough' };

/** The principal of an aws_lambda_permission as it appears in the function's policy. */
function principalOf(p: JsonValue | undefined): JsonValue | undefined {
  if (typeof p !== 'string') return p;
  if (p === '*') return '*';
  return p.endsWith('.amazonaws.com') || p.endsWith('.amazonaws.com.cn') ? { Service: p } : { AWS: p };
}

/** One aws_lambda_permission as the statement Lambda adds to the function policy. */
function statementOf(inst: TfInstance): JsonValue {
  const condition: Record<string, JsonValue> = {};
  const sourceArn = valueAt(inst, ['source_arn']);
  if (sourceArn !== undefined && sourceArn !== null) condition.ArnLike = { 'AWS:SourceArn': sourceArn instanceof Ref ? sourceArn.expression : (toJson(sourceArn) ?? null) };
  const sourceAccount = valueAt(inst, ['source_account']);
  const orgId = valueAt(inst, ['principal_org_id']);
  const equals: Record<string, JsonValue> = {};
  if (sourceAccount !== undefined && sourceAccount !== null) equals['AWS:SourceAccount'] = sourceAccount instanceof Ref ? sourceAccount.expression : (toJson(sourceAccount) ?? null);
  if (orgId !== undefined && orgId !== null) equals['aws:PrincipalOrgID'] = orgId instanceof Ref ? orgId.expression : (toJson(orgId) ?? null);
  if (Object.keys(equals).length) condition.StringEquals = equals;
  const stmt = compact({
    Sid: str(valueAt(inst, ['statement_id'])),
    Effect: 'Allow',
    Principal: principalOf(toJson(valueAt(inst, ['principal']))),
    Action: str(valueAt(inst, ['action'])),
  });
  if (Object.keys(condition).length) stmt.Condition = condition;
  return stmt;
}

function addStatement(d: ResourceDraft, inst: TfInstance): void {
  const ev = d.attributes.policy;
  const current = ev?.state === 'known' ? ev.value : undefined;
  if (current !== undefined && (isUnknownMarker(current) || !isJsonObject(current))) return;
  const statements = current && Array.isArray(current.Statement) ? current.Statement : [];
  d.set('policy', { Version: '2012-10-17', Statement: [...statements, statementOf(inst)] }, { inst, path: [] });
}

export const lambdaFunctionAdapter: TfAdapter = {
  modelType: 'aws.lambda.function',
  primary: ['aws_lambda_function'],
  nameAttr: 'function_name',
  build(inst) {
    const name = valueAt(inst, ['function_name']);
    const d = new Draft(inst, 'aws.lambda.function', typeof name === 'string' ? name : inst.address);
    applyFields(d, inst, [
      ['runtime', ['runtime'], str],
      ['packageType', ['package_type'], str],
      ['kmsKeyArn', ['kms_key_arn'], keyRef],
    ]);
    const mode = str(valueAt(inst, ['tracing_config', 0, 'mode']));
    if (mode !== undefined) d.set('tracingMode', typeof mode === 'string' ? (TRACING[mode.toLowerCase()] ?? mode) : mode, { inst, path: ['tracing_config', 0, 'mode'] });
    const vars = valueAt(inst, ['environment', 0, 'variables']);
    if (isObject(vars)) d.set('environmentVariableNames', Object.keys(vars), { inst, path: ['environment', 0, 'variables'] });
    return d;
  },
  // A permission granted to a function defined elsewhere is still judged, on a partial function
  // whose other settings are unknown.
  orphan(inst) {
    if (inst.type !== 'aws_lambda_permission') return undefined;
    const fn = inst.config.function_name;
    const d = new Draft(inst, 'aws.lambda.function', `${typeof fn === 'string' ? fn : inst.address} (function not in the configuration)`);
    const cause = unresolvedCause(typeof fn === 'string' ? fn : inst.address, 'the function this permission is granted on is not in the scanned configuration');
    for (const attr of ['runtime', 'packageType', 'tracingMode', 'kmsKeyArn', 'environmentVariableNames', 'functionUrl']) d.attributes[attr] = { state: 'unknown', cause };
    return d;
  },
  joins: {
    aws_lambda_function_url: {
      via: 'function_name',
      apply(d, inst) {
        d.set('functionUrl', compact({ authType: str(valueAt(inst, ['authorization_type'])) }), { inst, path: [] });
        d.line('functionUrl.authType', inst, ['authorization_type']);
      },
    },
    aws_lambda_permission: { via: 'function_name', apply: (d, inst) => addStatement(d, inst) },
  },
};
