import type { Resource, SourceIssue } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import { Ref } from '../eval/values.js';
import type { AdaptContext } from './builder.js';
import { ResourceDraft } from './builder.js';
import { ebsVolumeAdapter, securityGroupAdapter } from './ec2.js';
import { iamUserAdapter, passwordPolicyAdapter } from './iam.js';
import { iamGroupAdapter, iamPolicyAdapter, iamRoleAdapter } from './iam-identities.js';
import { kmsKeyAdapter } from './kms.js';
import { rdsInstanceAdapter } from './rds.js';
import { s3AccountAdapter, s3BucketAdapter } from './s3.js';
import type { TfAdapter } from './types.js';
import { TF_ROUTING_ADAPTERS } from './routing.js';
import { TF_ORGANIZATIONS_ADAPTERS } from './organizations.js';
import { rdsClusterAdapter } from './rds-cluster.js';
import { daxClusterAdapter, dynamodbTableAdapter } from './dynamodb.js';
import { lambdaFunctionAdapter } from './lambda.js';
import { secretAdapter, snsTopicAdapter, sqsQueueAdapter } from './messaging.js';
import { ecrRepositoryAdapter, efsFileSystemAdapter, eksClusterAdapter } from './containers.js';
import { elasticacheReplicationGroupAdapter, opensearchDomainAdapter, redshiftClusterAdapter } from './analytics.js';
import { apigatewayStageAdapter, cloudfrontDistributionAdapter } from './edge.js';
import { cloudtrailAdapter } from './cloudtrail.js';
import { logGroupAdapter, metricAlarmAdapter } from './cloudwatch.js';
import { networkAclAdapter, subnetAdapter, vpcAdapter } from './network.js';
import { ebsDefaultEncryptionAdapter, instanceAdapter, launchConfigurationAdapter, launchTemplateAdapter, machineImageAdapter } from './ec2-compute.js';
import { accessAnalyzerAdapter, configAggregatorAdapter, configRecorderAdapter, guarddutyDetectorAdapter, securityhubAccountAdapter } from './detection.js';
import { ecsClusterAdapter, ecsTaskDefinitionAdapter, kinesisStreamAdapter, mskClusterAdapter } from './streaming.js';
import { elbClassicAdapter, elbv2ListenerAdapter, elbv2LoadBalancerAdapter } from './elb.js';

export const TF_ADAPTERS: readonly TfAdapter[] = [s3BucketAdapter, s3AccountAdapter, securityGroupAdapter, ebsVolumeAdapter, rdsInstanceAdapter, iamUserAdapter, passwordPolicyAdapter, iamRoleAdapter, iamGroupAdapter, iamPolicyAdapter, kmsKeyAdapter, cloudtrailAdapter, logGroupAdapter, metricAlarmAdapter, networkAclAdapter, subnetAdapter, vpcAdapter, instanceAdapter, launchTemplateAdapter, launchConfigurationAdapter, ebsDefaultEncryptionAdapter, machineImageAdapter, guarddutyDetectorAdapter, securityhubAccountAdapter, accessAnalyzerAdapter, configRecorderAdapter, configAggregatorAdapter, rdsClusterAdapter, dynamodbTableAdapter, daxClusterAdapter, lambdaFunctionAdapter, snsTopicAdapter, sqsQueueAdapter, secretAdapter, elbv2LoadBalancerAdapter, elbv2ListenerAdapter, eksClusterAdapter, ecrRepositoryAdapter, efsFileSystemAdapter, elasticacheReplicationGroupAdapter, redshiftClusterAdapter, opensearchDomainAdapter, cloudfrontDistributionAdapter, apigatewayStageAdapter, kinesisStreamAdapter, mskClusterAdapter, ecsClusterAdapter, ecsTaskDefinitionAdapter, elbClassicAdapter, ...TF_ROUTING_ADAPTERS, ...TF_ORGANIZATIONS_ADAPTERS];

/** Every Terraform resource type some adapter reads, primary or joined. */
export function supportedTerraformTypes(): string[] {
  return TF_ADAPTERS.flatMap((a) => [...a.primary, ...Object.keys(a.joins ?? {})]).sort();
}

/** The adapter of each primary and each joined resource type (the last adapter naming a type wins). */
function indexAdapters(): { primaryOf: Map<string, TfAdapter>; joinOf: Map<string, TfAdapter> } {
  const primaryOf = new Map<string, TfAdapter>();
  const joinOf = new Map<string, TfAdapter>();
  for (const a of TF_ADAPTERS) {
    for (const t of a.primary) primaryOf.set(t, a);
    for (const t of Object.keys(a.joins ?? {})) joinOf.set(t, a);
  }
  return { primaryOf, joinOf };
}

/** Built on first use, once: adaptInstances runs once per root module. */
let adaptersByType: ReturnType<typeof indexAdapters> | undefined;

/**
 * Turns evaluated instances into model resources: primaries first, then every joined instance
 * folded into the primary it refers to (by reference, or by literal name).
 */
export function adaptInstances(instances: readonly TfInstance[], scanRoot: string, issues: SourceIssue[]): Resource[] {
  const { primaryOf, joinOf } = (adaptersByType ??= indexAdapters());
  const drafts: ResourceDraft[] = [];
  const byInstance = new Map<string, ResourceDraft>();
  const adapterOf = new Map<ResourceDraft, TfAdapter>();
  const draftOf = (v: unknown): ResourceDraft | undefined => (v instanceof Ref ? byInstance.get(v.instance) : undefined);
  const ctx: AdaptContext = {
    issues,
    drafts,
    instances,
    target: () => undefined,
    nameOf(v) {
      if (typeof v === 'string') return v;
      const d = draftOf(v);
      const attr = d ? adapterOf.get(d)?.nameAttr : undefined;
      const name = d && attr ? d.inst.config[attr] : undefined;
      return typeof name === 'string' ? name : undefined;
    },
    uidOf(v) {
      return draftOf(v)?.uid(scanRoot);
    },
  };
  for (const inst of instances) {
    if (inst.mode !== 'managed') continue;
    const adapter = primaryOf.get(inst.type);
    if (!adapter) continue;
    const d = adapter.build(inst, ctx);
    drafts.push(d);
    byInstance.set(inst.address, d);
    adapterOf.set(d, adapter);
  }
  for (const inst of instances) {
    if (inst.mode !== 'managed') continue;
    const adapter = joinOf.get(inst.type);
    const join = adapter?.joins?.[inst.type];
    if (!adapter || !join) continue;
    const via = inst.config[join.via];
    let target: ResourceDraft | undefined;
    if (via instanceof Ref) target = byInstance.get(via.instance);
    else if (typeof via === 'string' && adapter.nameAttr) {
      target = drafts.find((d) => adapterOf.get(d) === adapter && d.inst.config[adapter.nameAttr as string] === via);
    }
    if ((!target || adapterOf.get(target) !== adapter) && adapter.orphan && !(via instanceof Ref && byInstance.has(via.instance))) {
      const partial = adapter.orphan(inst, ctx);
      if (partial) {
        drafts.push(partial);
        adapterOf.set(partial, adapter);
        byInstance.set(`orphan:${inst.address}`, partial);
        join.apply(partial, inst, ctx);
        continue;
      }
    }
    if (!target || adapterOf.get(target) !== adapter) {
      issues.push({
        kind: 'warning',
        message: `${inst.address}: cannot tell which ${adapter.modelType} its '${join.via}' refers to, so its settings are not applied to any resource`,
        file: inst.file.display,
        line: inst.positions.range.start.line,
      });
      continue;
    }
    join.apply(target, inst, ctx);
  }
  return drafts.map((d) => {
    adapterOf.get(d)?.finish?.(d);
    return d.build(scanRoot);
  });
}

export { ResourceDraft };
