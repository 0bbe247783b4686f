import { ECRClient, GetRepositoryPolicyCommand, paginateDescribeRepositories } from '@aws-sdk/client-ecr';
import { DescribeClusterCommand, EKSClient, paginateListClusters } from '@aws-sdk/client-eks';
import { ecrRepository, eksCluster } from '../../../core/types/aws/containers.js';
import type { Collector } from '../scope.js';
import { mapLimit } from '../semaphore.js';
import { parsePolicy } from './iam.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';

export const ecrCollector: Collector = {
  service: 'ecr',
  scope: 'regional',
  types: [ecrRepository.type],
  actions: ['ecr:DescribeRepositories', 'ecr:GetRepositoryPolicy'],
  async collect(s) {
    const ecr = s.client(ECRClient);
    const listed = await s.all('ecr:DescribeRepositories', () => paginateDescribeRepositories({ client: ecr }, {}));
    if (listed.kind !== 'ok') return s.unlisted(ecrRepository, s.arn('ecr', 'repository/*'), listed);
    await mapLimit(listed.value.flatMap((p) => p.repositories ?? []), 8, async (repo) => {
      const name = repo.repositoryName ?? '';
      const r = s.resource(ecrRepository.type, repo.repositoryArn ?? s.arn('ecr', `repository/${name}`), name, 'ecr:DescribeRepositories');
      r.known('scanOnPush', repo.imageScanningConfiguration?.scanOnPush ?? false).known('imageTagMutability', repo.imageTagMutability);
      r.known('encryptionType', repo.encryptionConfiguration?.encryptionType).known('kmsKey', repo.encryptionConfiguration?.kmsKey);
      const pol = await s.call('ecr:GetRepositoryPolicy', () => ecr.send(new GetRepositoryPolicyCommand({ repositoryName: name })), { absentOn: ['RepositoryPolicyNotFoundException'] });
      r.from('ecr:GetRepositoryPolicy', pol, (v) => ({ policy: v.policyText ? parsePolicy(v.policyText, 'ecr:GetRepositoryPolicy') : undefined }), ['policy']);
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    });
  },
};

export const eksCollector: Collector = {
  service: 'eks',
  scope: 'regional',
  types: [eksCluster.type],
  actions: ['eks:DescribeCluster', 'eks:ListClusters'],
  async collect(s) {
    const eks = s.client(EKSClient);
    const listed = await s.all('eks:ListClusters', () => paginateListClusters({ client: eks }, {}));
    if (listed.kind !== 'ok') return s.unlisted(eksCluster, s.arn('eks', 'cluster/*'), listed);
    await mapLimit(listed.value.flatMap((p) => p.clusters ?? []).sort(), 8, async (name) => {
      const got = await s.call('eks:DescribeCluster', () => eks.send(new DescribeClusterCommand({ name })));
      const c = got.kind === 'ok' ? got.value.cluster : undefined;
      const r = s.resource(eksCluster.type, c?.arn ?? s.arn('eks', `cluster/${name}`), name, 'eks:ListClusters');
      r.from('eks:DescribeCluster', got, () => ({
        version: c?.version,
        endpointPublicAccess: c?.resourcesVpcConfig?.endpointPublicAccess ?? true,
        endpointPrivateAccess: c?.resourcesVpcConfig?.endpointPrivateAccess ?? false,
        publicAccessCidrs: [...(c?.resourcesVpcConfig?.publicAccessCidrs ?? [])].sort(),
        enabledLogTypes: (c?.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []).sort(),
        encryptionConfig: (c?.encryptionConfig ?? []).map((e) => ({ resources: [...(e.resources ?? [])].sort(), ...(e.provider?.keyArn ? { keyArn: e.provider.keyArn } : {}) })),
      }), ['version', 'endpointPublicAccess', 'endpointPrivateAccess', 'publicAccessCidrs', 'enabledLogTypes', 'encryptionConfig']);
      if (c?.tags) r.tags(Object.fromEntries(Object.entries(c.tags).sort(([a], [b]) => a.localeCompare(b))));
      else if (got.kind === 'error') r.tagsUnknown(got.cause);
      s.emit(r);
    });
  },
};
