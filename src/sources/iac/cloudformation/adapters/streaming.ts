import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { ModelValue } from '../model.js';
import { compact, nameOf } from '../model.js';
import { environmentNames } from '../../terraform/adapt/streaming.js';
import { asBool, asJson, asString, buildFields, isEvalObject, items } from './table.js';
import type { CfnAdapter } from './types.js';

export const kinesisStreamAdapter: CfnAdapter = {
  modelType: 'aws.kinesis.stream',
  cfnTypes: ['AWS::Kinesis::Stream'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.kinesis.stream', [
      ['encryptionType', 'StreamEncryption.EncryptionType', asString],
      ['keyId', 'StreamEncryption.KeyId', asString],
    ]);
    return [b.build(nameOf(res, 'Name'), ctx)];
  },
};

export const mskClusterAdapter: CfnAdapter = {
  modelType: 'aws.msk.cluster',
  cfnTypes: ['AWS::MSK::Cluster'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.msk.cluster', [
      ['clientBroker', 'EncryptionInfo.EncryptionInTransit.ClientBroker', asString],
      ['inCluster', 'EncryptionInfo.EncryptionInTransit.InCluster', asBool],
      ['dataVolumeKmsKeyId', 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId', asString],
    ]);
    const logs = b.prop('LoggingInfo.BrokerLogs');
    if (isUnknownMarker(logs)) b.set('brokerLogs', logs, 'LoggingInfo');
    else if (isEvalObject(logs)) {
      const on = (dest: string): boolean => {
        const v = logs[dest];
        return isEvalObject(v) && asBool(v.Enabled) === true;
      };
      b.set('brokerLogs', { cloudWatchLogs: on('CloudWatchLogs'), firehose: on('Firehose'), s3: on('S3') }, 'LoggingInfo.BrokerLogs');
    }
    return [b.build(nameOf(res, 'ClusterName'), ctx)];
  },
};

export const ecsClusterAdapter: CfnAdapter = {
  modelType: 'aws.ecs.cluster',
  cfnTypes: ['AWS::ECS::Cluster'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.ecs.cluster', []);
    items(b, 'ClusterSettings').forEach((s, i) => {
      if (isEvalObject(s) && s.Name === 'containerInsights') b.set('containerInsights', asString(s.Value), `ClusterSettings.${i}.Value`);
    });
    return [b.build(nameOf(res, 'ClusterName'), ctx)];
  },
};

export const ecsTaskDefinitionAdapter: CfnAdapter = {
  modelType: 'aws.ecs.task-definition',
  cfnTypes: ['AWS::ECS::TaskDefinition'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.ecs.task-definition', [
      ['environmentVariableNames', 'ContainerDefinitions', (v) => (v === undefined ? undefined : (environmentNames(asJson(v) as JsonValue) as ModelValue))],
    ]);
    const volumes = items(b, 'Volumes')
      .filter((v) => isEvalObject(v) && isEvalObject(v.EFSVolumeConfiguration))
      .map((v) => {
        const o = v as Record<string, ModelValue>;
        const efs = o.EFSVolumeConfiguration as Record<string, ModelValue>;
        return compact({ name: asString(o.Name), transitEncryption: asString(efs.TransitEncryption) });
      });
    if (volumes.length) b.set('efsVolumes', volumes, 'Volumes');
    return [b.build(nameOf(res, 'Family'), ctx)];
  },
};
