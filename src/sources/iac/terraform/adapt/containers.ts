import type { JsonValue } from '../../../../core/index.js';
import { ResourceDraft, compact, policyJson, toJson, valueAt } from './builder.js';
import { applyFields, blockCount, bool, keyRef, str, strList } from './table.js';
import type { TfAdapter } from './types.js';

function named(inst: Parameters<TfAdapter['build']>[0], type: string, attr = 'name'): ResourceDraft {
  const name = valueAt(inst, [attr]);
  return new ResourceDraft(inst, type, typeof name === 'string' ? name : inst.address);
}

export const eksClusterAdapter: TfAdapter = {
  modelType: 'aws.eks.cluster',
  primary: ['aws_eks_cluster'],
  build(inst) {
    const d = named(inst, 'aws.eks.cluster');
    applyFields(d, inst, [
      ['version', ['version'], str],
      ['endpointPublicAccess', ['vpc_config', 0, 'endpoint_public_access'], bool],
      ['endpointPrivateAccess', ['vpc_config', 0, 'endpoint_private_access'], bool],
      ['publicAccessCidrs', ['vpc_config', 0, 'public_access_cidrs'], strList],
      ['enabledLogTypes', ['enabled_cluster_log_types'], strList],
    ]);
    const n = blockCount(inst, ['encryption_config']);
    if (n > 0) {
      const configs: JsonValue[] = [];
      for (let i = 0; i < n; i++) {
        configs.push(compact({ resources: toJson(valueAt(inst, ['encryption_config', i, 'resources'])), keyArn: keyRef(valueAt(inst, ['encryption_config', i, 'provider', 0, 'key_arn'])) }));
      }
      d.set('encryptionConfig', configs, { inst, path: ['encryption_config'] });
    }
    return d;
  },
};

export const ecrRepositoryAdapter: TfAdapter = {
  modelType: 'aws.ecr.repository',
  primary: ['aws_ecr_repository'],
  nameAttr: 'name',
  build(inst) {
    const d = named(inst, 'aws.ecr.repository');
    applyFields(d, inst, [
      ['scanOnPush', ['image_scanning_configuration', 0, 'scan_on_push'], bool],
      ['imageTagMutability', ['image_tag_mutability'], str],
      ['encryptionType', ['encryption_configuration', 0, 'encryption_type'], str],
      ['kmsKey', ['encryption_configuration', 0, 'kms_key'], keyRef],
    ]);
    return d;
  },
  joins: {
    aws_ecr_repository_policy: { via: 'repository', apply: (d, inst) => d.set('policy', policyJson(valueAt(inst, ['policy'])), { inst, path: ['policy'] }) },
  },
};

export const efsFileSystemAdapter: TfAdapter = {
  modelType: 'aws.efs.file-system',
  primary: ['aws_efs_file_system'],
  build(inst) {
    const d = named(inst, 'aws.efs.file-system', 'creation_token');
    applyFields(d, inst, [
      ['encrypted', ['encrypted'], bool],
      ['kmsKeyId', ['kms_key_id'], keyRef],
    ]);
    return d;
  },
};
