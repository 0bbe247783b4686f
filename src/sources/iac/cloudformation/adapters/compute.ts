import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelBuilder, ModelValue } from '../model.js';
import { compact, nameOf, propAt } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { unresolved } from '../values.js';
import { asBool, asInt, asJson, asString, asStringList, buildFields, isEvalObject, items } from './table.js';
import type { CfnAdapter } from './types.js';

/** A policy document written as JSON text or as YAML. */
function policyValue(v: EvalValue | undefined, where: string): ModelValue | undefined {
  if (typeof v === 'string') {
    try {
      return JSON.parse(v) as ModelValue;
    } catch {
      return unresolved(where, 'policy text is not JSON');
    }
  }
  return asJson(v);
}

/** Folds the first policy resource that targets `res` into the `policy` attribute. */
function joinPolicy(b: ModelBuilder, ctx: AdapterContext, type: string, targetProp: string): void {
  const pol = ctx.referrers(type, targetProp, b.res.logicalId)[0];
  if (!pol) return;
  b.set('policy', policyValue(propAt(pol, 'PolicyDocument'), `${pol.logicalId}.PolicyDocument`));
  b.setLocation('policy', b.lineOf('PolicyDocument', pol) ?? { file: pol.file, line: pol.line });
}

const TRACING: Record<string, string> = { active: 'Active', passthrough: 'PassThrough' };

function permissionStatement(p: EvaluatedResource): ModelValue {
  const principal = asString(propAt(p, 'Principal'));
  const condition: Record<string, ModelValue> = {};
  const arn = asString(propAt(p, 'SourceArn'));
  if (arn !== undefined) condition.ArnLike = { 'AWS:SourceArn': arn };
  const equals = compact({ 'AWS:SourceAccount': asString(propAt(p, 'SourceAccount')), 'aws:PrincipalOrgID': asString(propAt(p, 'PrincipalOrgID')) });
  if (Object.keys(equals).length) condition.StringEquals = equals;
  const stmt: Record<string, ModelValue> = compact({
    Sid: p.logicalId,
    Effect: 'Allow',
    Principal: typeof principal === 'string' && principal !== '*' ? (principal.endsWith('.amazonaws.com') ? { Service: principal } : { AWS: principal }) : principal,
    Action: asString(propAt(p, 'Action')),
  });
  if (Object.keys(condition).length) stmt.Condition = condition;
  return stmt;
}

export const lambdaFunctionAdapter: CfnAdapter = {
  modelType: 'aws.lambda.function',
  cfnTypes: ['AWS::Lambda::Function'],
  joins: ['AWS::Lambda::Url', 'AWS::Lambda::Permission'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.lambda.function', [
      ['runtime', 'Runtime', asString],
      ['packageType', 'PackageType', asString],
      ['kmsKeyArn', 'KmsKeyArn', asString],
      ['tracingMode', 'TracingConfig.Mode', (v) => {
        const m = asString(v);
        return typeof m === 'string' ? (TRACING[m.toLowerCase()] ?? m) : m;
      }],
      ['environmentVariableNames', 'Environment.Variables', (v) => (isEvalObject(v) ? Object.keys(v) : v === undefined ? undefined : asJson(v))],
    ]);
    const url = ctx.referrers('AWS::Lambda::Url', 'TargetFunctionArn', res.logicalId)[0];
    if (url) {
      b.set('functionUrl', compact({ authType: asString(propAt(url, 'AuthType')) }));
      b.setLocation('functionUrl', b.lineOf('AuthType', url) ?? { file: url.file, line: url.line });
    }
    const perms = ctx.referrers('AWS::Lambda::Permission', 'FunctionName', res.logicalId);
    if (perms.length) {
      b.set('policy', { Version: '2012-10-17', Statement: perms.map(permissionStatement) });
      const first = perms[0] as EvaluatedResource;
      b.setLocation('policy', { file: first.file, line: first.line });
    }
    return [b.build(nameOf(res, 'FunctionName'), ctx)];
  },
};

export const snsTopicAdapter: CfnAdapter = {
  modelType: 'aws.sns.topic',
  cfnTypes: ['AWS::SNS::Topic'],
  joins: ['AWS::SNS::TopicPolicy'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.sns.topic', [
      ['kmsMasterKeyId', 'KmsMasterKeyId', asString],
      ['fifoTopic', 'FifoTopic', asBool],
    ]);
    joinPolicy(b, ctx, 'AWS::SNS::TopicPolicy', 'Topics');
    return [b.build(nameOf(res, 'TopicName'), ctx)];
  },
};

export const sqsQueueAdapter: CfnAdapter = {
  modelType: 'aws.sqs.queue',
  cfnTypes: ['AWS::SQS::Queue'],
  joins: ['AWS::SQS::QueuePolicy'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.sqs.queue', [
      ['kmsMasterKeyId', 'KmsMasterKeyId', asString],
      ['sqsManagedSseEnabled', 'SqsManagedSseEnabled', asBool],
      ['fifoQueue', 'FifoQueue', asBool],
    ]);
    joinPolicy(b, ctx, 'AWS::SQS::QueuePolicy', 'Queues');
    return [b.build(nameOf(res, 'QueueName'), ctx)];
  },
};

export const secretAdapter: CfnAdapter = {
  modelType: 'aws.secretsmanager.secret',
  cfnTypes: ['AWS::SecretsManager::Secret'],
  joins: ['AWS::SecretsManager::RotationSchedule'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.secretsmanager.secret', [['kmsKeyId', 'KmsKeyId', asString]]);
    const schedule = ctx.referrers('AWS::SecretsManager::RotationSchedule', 'SecretId', res.logicalId)[0];
    if (schedule) {
      b.set('rotationEnabled', true);
      b.setLocation('rotationEnabled', { file: schedule.file, line: schedule.line });
      b.set('rotationRules', compact({ automaticallyAfterDays: asInt(propAt(schedule, 'RotationRules.AutomaticallyAfterDays')), scheduleExpression: asString(propAt(schedule, 'RotationRules.ScheduleExpression')) }));
    }
    return [b.build(nameOf(res, 'Name'), ctx)];
  },
};

/** Load balancer attribute keys and the model attribute each one sets. */
const LB_ATTRIBUTES: Record<string, string> = {
  'routing.http.drop_invalid_header_fields.enabled': 'dropInvalidHeaderFields',
  'deletion_protection.enabled': 'deletionProtection',
  'access_logs.s3.enabled': 'accessLogsEnabled',
};

export const elbv2LoadBalancerAdapter: CfnAdapter = {
  modelType: 'aws.elbv2.load-balancer',
  cfnTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.elbv2.load-balancer', [
      ['type', 'Type', asString],
      ['scheme', 'Scheme', asString],
    ]);
    const attrs = b.prop('LoadBalancerAttributes');
    if (isUnknownMarker(attrs)) {
      for (const model of Object.values(LB_ATTRIBUTES)) b.set(model, attrs, 'LoadBalancerAttributes');
    } else {
      items(b, 'LoadBalancerAttributes').forEach((a, i) => {
        if (!isEvalObject(a)) return;
        const key = asString(a.Key);
        if (typeof key !== 'string') return;
        const model = LB_ATTRIBUTES[key];
        if (model) b.set(model, asBool(a.Value), `LoadBalancerAttributes.${i}.Value`);
        else if (key === 'access_logs.s3.bucket') b.set('accessLogsBucket', asString(a.Value), `LoadBalancerAttributes.${i}.Value`);
      });
    }
    return [b.build(nameOf(res, 'Name'), ctx)];
  },
};

export const elbv2ListenerAdapter: CfnAdapter = {
  modelType: 'aws.elbv2.listener',
  cfnTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.elbv2.listener', [
      ['loadBalancerArn', 'LoadBalancerArn', asString],
      ['port', 'Port', asInt],
      ['protocol', 'Protocol', asString],
      ['sslPolicy', 'SslPolicy', asString],
    ]);
    const actions = b.prop('DefaultActions');
    if (isUnknownMarker(actions)) b.set('defaultActions', actions, 'DefaultActions');
    else if (Array.isArray(actions)) {
      b.set(
        'defaultActions',
        actions.map((a) => (isEvalObject(a) ? compact({ type: asString(a.Type), redirectProtocol: asString(propAtObj(a, 'RedirectConfig', 'Protocol')) }) : null)),
        'DefaultActions',
      );
    }
    return [b.build(res.logicalId, ctx)];
  },
};

function propAtObj(o: Record<string, EvalValue>, ...path: string[]): EvalValue | undefined {
  let cur: EvalValue | undefined = o;
  for (const p of path) cur = isEvalObject(cur) ? cur[p] : undefined;
  return cur;
}

export const eksClusterAdapter: CfnAdapter = {
  modelType: 'aws.eks.cluster',
  cfnTypes: ['AWS::EKS::Cluster'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.eks.cluster', [
      ['version', 'Version', asString],
      ['endpointPublicAccess', 'ResourcesVpcConfig.EndpointPublicAccess', asBool],
      ['endpointPrivateAccess', 'ResourcesVpcConfig.EndpointPrivateAccess', asBool],
      ['publicAccessCidrs', 'ResourcesVpcConfig.PublicAccessCidrs', asStringList],
    ]);
    const types = b.prop('Logging.ClusterLogging.EnabledTypes');
    if (isUnknownMarker(types)) b.set('enabledLogTypes', types, 'Logging');
    else if (Array.isArray(types)) b.set('enabledLogTypes', types.map((t) => (isEvalObject(t) ? (asString(t.Type) ?? null) : null)), 'Logging.ClusterLogging.EnabledTypes');
    const enc = b.prop('EncryptionConfig');
    if (isUnknownMarker(enc)) b.set('encryptionConfig', enc, 'EncryptionConfig');
    else if (Array.isArray(enc)) {
      b.set(
        'encryptionConfig',
        enc.map((e) => (isEvalObject(e) ? compact({ resources: asStringList(e.Resources), keyArn: asString(propAtObj(e, 'Provider', 'KeyArn')) }) : null)),
        'EncryptionConfig',
      );
    }
    return [b.build(nameOf(res, 'Name'), ctx)];
  },
};

export const ecrRepositoryAdapter: CfnAdapter = {
  modelType: 'aws.ecr.repository',
  cfnTypes: ['AWS::ECR::Repository'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.ecr.repository', [
      ['scanOnPush', 'ImageScanningConfiguration.ScanOnPush', asBool],
      ['imageTagMutability', 'ImageTagMutability', asString],
      ['encryptionType', 'EncryptionConfiguration.EncryptionType', asString],
      ['kmsKey', 'EncryptionConfiguration.KmsKey', asString],
      ['policy', 'RepositoryPolicyText', (v) => policyValue(v, `${res.logicalId}.RepositoryPolicyText`)],
    ]);
    return [b.build(nameOf(res, 'RepositoryName'), ctx)];
  },
};

export const elbClassicAdapter: CfnAdapter = {
  modelType: 'aws.elb.load-balancer',
  cfnTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.elb.load-balancer', [
      ['scheme', 'Scheme', asString],
      ['accessLogsEnabled', 'AccessLoggingPolicy.Enabled', asBool],
    ]);
    const listeners = b.prop('Listeners');
    if (isUnknownMarker(listeners)) b.set('listeners', listeners, 'Listeners');
    else if (Array.isArray(listeners)) {
      b.set(
        'listeners',
        listeners.map((l) => {
          if (!isEvalObject(l)) return null;
          const protocol = asString(l.Protocol);
          return compact({
            protocol: typeof protocol === 'string' ? protocol.toUpperCase() : protocol,
            loadBalancerPort: asInt(l.LoadBalancerPort),
            instanceProtocol: asString(l.InstanceProtocol),
            sslCertificateId: asString(l.SSLCertificateId),
          });
        }),
        'Listeners',
      );
    }
    return [b.build(nameOf(res, 'LoadBalancerName'), ctx)];
  },
};
