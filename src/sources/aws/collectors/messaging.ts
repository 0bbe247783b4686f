import { GetTopicAttributesCommand, SNSClient, paginateListTopics } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, SQSClient, paginateListQueues } from '@aws-sdk/client-sqs';
import { SecretsManagerClient, paginateListSecrets } from '@aws-sdk/client-secrets-manager';
import type { JsonValue } from '../../../core/index.js';
import { secretsManagerSecret, snsTopic, sqsQueue } from '../../../core/types/aws/messaging.js';
import type { Collector } from '../scope.js';
import { iso, tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';
import { parsePolicy } from './iam.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';

export const snsCollector: Collector = {
  service: 'sns',
  scope: 'regional',
  types: [snsTopic.type],
  actions: ['sns:GetTopicAttributes', 'sns:ListTopics'],
  async collect(s) {
    const sns = s.client(SNSClient);
    const listed = await s.all('sns:ListTopics', () => paginateListTopics({ client: sns }, {}));
    if (listed.kind !== 'ok') return s.unlisted(snsTopic, s.arn('sns', '*'), listed);
    const arns = listed.value.flatMap((p) => p.Topics ?? []).map((t) => t.TopicArn ?? '').sort();
    await mapLimit(arns, 8, async (arn) => {
      const r = s.resource(snsTopic.type, arn, arn.split(':').pop() ?? arn, 'sns:ListTopics');
      const got = await s.call('sns:GetTopicAttributes', () => sns.send(new GetTopicAttributesCommand({ TopicArn: arn })));
      r.from('sns:GetTopicAttributes', got, (v) => {
        const a = v.Attributes ?? {};
        return { kmsMasterKeyId: a.KmsMasterKeyId || undefined, policy: a.Policy ? parsePolicy(a.Policy, 'sns:GetTopicAttributes') : undefined, fifoTopic: a.FifoTopic === 'true' };
      }, ['kmsMasterKeyId', 'policy', 'fifoTopic']);
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    });
  },
};

export const sqsCollector: Collector = {
  service: 'sqs',
  scope: 'regional',
  types: [sqsQueue.type],
  actions: ['sqs:GetQueueAttributes', 'sqs:ListQueues'],
  async collect(s) {
    const sqs = s.client(SQSClient);
    const listed = await s.all('sqs:ListQueues', () => paginateListQueues({ client: sqs }, { MaxResults: 1000 }));
    if (listed.kind !== 'ok') return s.unlisted(sqsQueue, s.arn('sqs', '*'), listed);
    const urls = listed.value.flatMap((p) => p.QueueUrls ?? []).sort();
    await mapLimit(urls, 8, async (url) => {
      const got = await s.call('sqs:GetQueueAttributes', () => sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })));
      const name = url.split('/').pop() ?? url;
      const arn = got.kind === 'ok' && got.value.Attributes?.QueueArn ? got.value.Attributes.QueueArn : s.arn('sqs', name);
      const r = s.resource(sqsQueue.type, arn, name, 'sqs:ListQueues');
      r.from('sqs:GetQueueAttributes', got, (v) => {
        const a = v.Attributes ?? {};
        return {
          kmsMasterKeyId: a.KmsMasterKeyId || undefined,
          sqsManagedSseEnabled: a.SqsManagedSseEnabled === undefined ? undefined : a.SqsManagedSseEnabled === 'true',
          policy: a.Policy ? parsePolicy(a.Policy, 'sqs:GetQueueAttributes') : undefined,
          fifoQueue: a.FifoQueue === 'true',
        };
      }, ['kmsMasterKeyId', 'sqsManagedSseEnabled', 'policy', 'fifoQueue']);
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    });
  },
};

/** Metadata only: the collector never calls GetSecretValue. */
export const secretsCollector: Collector = {
  service: 'secretsmanager',
  scope: 'regional',
  types: [secretsManagerSecret.type],
  actions: ['secretsmanager:ListSecrets'],
  async collect(s) {
    const sm = s.client(SecretsManagerClient);
    const listed = await s.all('secretsmanager:ListSecrets', () => paginateListSecrets({ client: sm }, {}));
    if (listed.kind !== 'ok') return s.unlisted(secretsManagerSecret, s.arn('secretsmanager', 'secret:*'), listed);
    for (const sec of listed.value.flatMap((p) => p.SecretList ?? [])) {
      const name = sec.Name ?? '';
      const r = s.resource(secretsManagerSecret.type, sec.ARN ?? s.arn('secretsmanager', `secret:${name}`), name, 'secretsmanager:ListSecrets');
      r.known('rotationEnabled', sec.RotationEnabled ?? false);
      const rules: Record<string, JsonValue> = {};
      if (sec.RotationRules?.AutomaticallyAfterDays !== undefined) rules.automaticallyAfterDays = sec.RotationRules.AutomaticallyAfterDays;
      if (sec.RotationRules?.ScheduleExpression) rules.scheduleExpression = sec.RotationRules.ScheduleExpression;
      r.known('rotationRules', sec.RotationRules ? rules : undefined);
      r.known('lastRotatedDate', iso(sec.LastRotatedDate)).known('createdDate', iso(sec.CreatedDate)).known('kmsKeyId', sec.KmsKeyId);
      r.tags(tagMap(sec.Tags));
      s.emit(r);
    }
  },
};
