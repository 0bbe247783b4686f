import { ebsVolumeAdapter, securityGroupAdapter } from './ec2.js';
import { iamUserAdapter } from './iam.js';
import { iamGroupAdapter, iamManagedPolicyAdapter, iamRoleAdapter } from './iam-identities.js';
import { kmsKeyAdapter } from './kms.js';
import { rdsInstanceAdapter } from './rds.js';
import { s3BucketAdapter } from './s3.js';
import { daxClusterAdapter, dynamodbTableAdapter, efsFileSystemAdapter, elasticacheReplicationGroupAdapter, rdsClusterAdapter, redshiftClusterAdapter } from './data.js';
import { apigatewayStageAdapter, cloudfrontDistributionAdapter, opensearchDomainAdapter } from './edge.js';
import type { CfnAdapter } from './types.js';
import { CFN_ROUTING_ADAPTERS } from './routing.js';
import { CFN_ORGANIZATIONS_ADAPTERS } from './organizations.js';
import { cloudtrailAdapter } from './cloudtrail.js';
import { logGroupAdapter, metricAlarmAdapter } from './cloudwatch.js';
import { networkAclAdapter, subnetAdapter, vpcAdapter } from './network.js';
import { instanceAdapter, launchConfigurationAdapter, launchTemplateAdapter } from './ec2-compute.js';
import { accessAnalyzerAdapter, configAggregatorAdapter, configRecorderAdapter, guarddutyDetectorAdapter, securityhubHubAdapter } from './detection.js';
import { ecsClusterAdapter, ecsTaskDefinitionAdapter, kinesisStreamAdapter, mskClusterAdapter } from './streaming.js';
import { ecrRepositoryAdapter, eksClusterAdapter, elbClassicAdapter, elbv2ListenerAdapter, elbv2LoadBalancerAdapter, lambdaFunctionAdapter, secretAdapter, snsTopicAdapter, sqsQueueAdapter } from './compute.js';

export type { CfnAdapter } from './types.js';
export { ebsVolumeAdapter, iamUserAdapter, rdsInstanceAdapter, s3BucketAdapter, securityGroupAdapter };

/** Every built-in adapter. Adding a type is one file plus one line here. */
export const CFN_ADAPTERS: readonly CfnAdapter[] = [s3BucketAdapter, securityGroupAdapter, ebsVolumeAdapter, rdsInstanceAdapter, iamUserAdapter, iamRoleAdapter, iamGroupAdapter, iamManagedPolicyAdapter, kmsKeyAdapter, cloudtrailAdapter, logGroupAdapter, metricAlarmAdapter, networkAclAdapter, subnetAdapter, vpcAdapter, instanceAdapter, launchTemplateAdapter, launchConfigurationAdapter, guarddutyDetectorAdapter, securityhubHubAdapter, accessAnalyzerAdapter, configRecorderAdapter, configAggregatorAdapter, rdsClusterAdapter, dynamodbTableAdapter, daxClusterAdapter, efsFileSystemAdapter, elasticacheReplicationGroupAdapter, redshiftClusterAdapter, lambdaFunctionAdapter, snsTopicAdapter, sqsQueueAdapter, secretAdapter, elbv2LoadBalancerAdapter, elbv2ListenerAdapter, eksClusterAdapter, ecrRepositoryAdapter, opensearchDomainAdapter, cloudfrontDistributionAdapter, apigatewayStageAdapter, ecsClusterAdapter, ecsTaskDefinitionAdapter, kinesisStreamAdapter, mskClusterAdapter, elbClassicAdapter, ...CFN_ROUTING_ADAPTERS, ...CFN_ORGANIZATIONS_ADAPTERS];

/** Looks adapters up by CloudFormation type; rejects two adapters claiming one type. */
export class CfnAdapterRegistry {
  private readonly byType = new Map<string, CfnAdapter>();
  private readonly joined = new Set<string>();

  constructor(adapters: readonly CfnAdapter[] = CFN_ADAPTERS) {
    for (const a of adapters) this.add(a);
  }

  add(adapter: CfnAdapter): void {
    for (const t of adapter.cfnTypes) {
      if (this.byType.has(t)) throw new Error(`two CloudFormation adapters claim ${t}`);
      this.byType.set(t, adapter);
    }
    for (const t of adapter.joins ?? []) this.joined.add(t);
  }

  get(cfnType: string): CfnAdapter | undefined {
    return this.byType.get(cfnType);
  }

  /** True when the type is folded into another resource (no model resource of its own). */
  isJoined(cfnType: string): boolean {
    return this.joined.has(cfnType);
  }

  types(): string[] {
    return [...this.byType.keys()].sort();
  }
}
