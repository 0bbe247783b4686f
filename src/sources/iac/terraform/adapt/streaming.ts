import type { JsonValue } from '../../../../core/index.js';
import { isJsonObject } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import { ResourceDraft, compact, policyJson, valueAt } from './builder.js';
import { applyFields, blockCount, bool, keyRef, str } from './table.js';
import type { TfAdapter } from './types.js';

function named(inst: TfInstance, type: string, attr: string): ResourceDraft {
  const name = valueAt(inst, [attr]);
  return new ResourceDraft(inst, type, typeof name === 'string' ? name : inst.address);
}

export const kinesisStreamAdapter: TfAdapter = {
  modelType: 'aws.kinesis.stream',
  primary: ['aws_kinesis_stream'],
  build(inst) {
    const d = named(inst, 'aws.kinesis.stream', 'name');
    applyFields(d, inst, [
      ['encryptionType', ['encryption_type'], str],
      ['keyId', ['kms_key_id'], keyRef],
    ]);
    return d;
  },
};

export const mskClusterAdapter: TfAdapter = {
  modelType: 'aws.msk.cluster',
  primary: ['aws_msk_cluster'],
  build(inst) {
    const d = named(inst, 'aws.msk.cluster', 'cluster_name');
    const transit = ['encryption_info', 0, 'encryption_in_transit', 0] as const;
    applyFields(d, inst, [
      ['clientBroker', [...transit, 'client_broker'], str],
      ['inCluster', [...transit, 'in_cluster'], bool],
      ['dataVolumeKmsKeyId', ['encryption_info', 0, 'encryption_at_rest_kms_key_arn'], keyRef],
    ]);
    const logs = ['logging_info', 0, 'broker_logs', 0] as const;
    if (valueAt(inst, [...logs]) !== undefined) {
      const on = (dest: string) => bool(valueAt(inst, [...logs, dest, 0, 'enabled'])) ?? false;
      d.set('brokerLogs', { cloudWatchLogs: on('cloudwatch_logs'), firehose: on('firehose'), s3: on('s3') }, { inst, path: [...logs] });
    }
    return d;
  },
};

export const ecsClusterAdapter: TfAdapter = {
  modelType: 'aws.ecs.cluster',
  primary: ['aws_ecs_cluster'],
  build(inst) {
    const d = named(inst, 'aws.ecs.cluster', 'name');
    for (let i = 0; i < blockCount(inst, ['setting']); i++) {
      if (valueAt(inst, ['setting', i, 'name']) === 'containerInsights') d.set('containerInsights', str(valueAt(inst, ['setting', i, 'value'])), { inst, path: ['setting', i, 'value'] });
    }
    return d;
  },
};

/** `container/NAME` for each plain-text environment variable of the container definitions. */
export function environmentNames(defs: JsonValue | undefined): JsonValue | undefined {
  if (defs === undefined || defs === null) return undefined;
  if (!Array.isArray(defs)) return isJsonObject(defs) && '$unknown' in defs ? defs : [];
  const names: string[] = [];
  for (const c of defs) {
    if (!isJsonObject(c)) continue;
    const container = typeof c.name === 'string' ? c.name : typeof c.Name === 'string' ? c.Name : '?';
    const env = c.environment ?? c.Environment;
    if (!Array.isArray(env)) continue;
    for (const e of env) {
      const n = isJsonObject(e) ? (e.name ?? e.Name) : undefined;
      if (typeof n === 'string') names.push(`${container}/${n}`);
    }
  }
  return names;
}

export const ecsTaskDefinitionAdapter: TfAdapter = {
  modelType: 'aws.ecs.task-definition',
  primary: ['aws_ecs_task_definition'],
  build(inst) {
    const d = named(inst, 'aws.ecs.task-definition', 'family');
    const defs = valueAt(inst, ['container_definitions']);
    // container_definitions is JSON text (jsonencode, heredoc or file()); policyJson parses it the same way.
    if (defs !== undefined) d.set('environmentVariableNames', environmentNames(policyJson(defs)), { inst, path: ['container_definitions'] });
    const volumes: JsonValue[] = [];
    for (let i = 0; i < blockCount(inst, ['volume']); i++) {
      const efs = ['volume', i, 'efs_volume_configuration', 0] as const;
      if (valueAt(inst, [...efs]) === undefined) continue;
      volumes.push(compact({ name: str(valueAt(inst, ['volume', i, 'name'])), transitEncryption: str(valueAt(inst, [...efs, 'transit_encryption'])) }));
    }
    if (volumes.length) d.set('efsVolumes', volumes, { inst, path: ['volume'] });
    return d;
  },
};
