import type { TfInstance } from '../eval/module.js';
import { ResourceDraft, compact, policyJson, valueAt } from './builder.js';
import { applyFields, bool, keyRef, num, present, str } from './table.js';
import type { TfAdapter } from './types.js';

function named(inst: TfInstance, type: string): ResourceDraft {
  const name = valueAt(inst, ['name']);
  return new ResourceDraft(inst, type, typeof name === 'string' ? name : inst.address);
}

const setPolicy = (d: ResourceDraft, inst: TfInstance): void => d.set('policy', policyJson(valueAt(inst, ['policy'])), { inst, path: ['policy'] });

export const snsTopicAdapter: TfAdapter = {
  modelType: 'aws.sns.topic',
  primary: ['aws_sns_topic'],
  build(inst) {
    const d = named(inst, 'aws.sns.topic');
    applyFields(d, inst, [
      ['kmsMasterKeyId', ['kms_master_key_id'], keyRef],
      ['fifoTopic', ['fifo_topic'], bool],
    ]);
    if (valueAt(inst, ['policy']) !== undefined) setPolicy(d, inst);
    return d;
  },
  joins: { aws_sns_topic_policy: { via: 'arn', apply: setPolicy } },
};

export const sqsQueueAdapter: TfAdapter = {
  modelType: 'aws.sqs.queue',
  primary: ['aws_sqs_queue'],
  build(inst) {
    const d = named(inst, 'aws.sqs.queue');
    applyFields(d, inst, [
      ['kmsMasterKeyId', ['kms_master_key_id'], keyRef],
      ['sqsManagedSseEnabled', ['sqs_managed_sse_enabled'], bool],
      ['fifoQueue', ['fifo_queue'], bool],
    ]);
    if (valueAt(inst, ['policy']) !== undefined) setPolicy(d, inst);
    return d;
  },
  joins: { aws_sqs_queue_policy: { via: 'queue_url', apply: setPolicy } },
};

export const secretAdapter: TfAdapter = {
  modelType: 'aws.secretsmanager.secret',
  primary: ['aws_secretsmanager_secret'],
  build(inst) {
    const d = named(inst, 'aws.secretsmanager.secret');
    applyFields(d, inst, [['kmsKeyId', ['kms_key_id'], keyRef]]);
    // AWS provider v2 and earlier configured rotation inline.
    if (present(valueAt(inst, ['rotation_lambda_arn']))) {
      d.set('rotationEnabled', true, { inst, path: ['rotation_lambda_arn'] });
      const days = num(valueAt(inst, ['rotation_rules', 0, 'automatically_after_days']));
      if (days !== undefined) d.set('rotationRules', { automaticallyAfterDays: days }, { inst, path: ['rotation_rules'] });
    }
    return d;
  },
  joins: {
    aws_secretsmanager_secret_rotation: {
      via: 'secret_id',
      apply(d, inst) {
        d.set('rotationEnabled', true, { inst, path: [] });
        const days = num(valueAt(inst, ['rotation_rules', 0, 'automatically_after_days']));
        const schedule = str(valueAt(inst, ['rotation_rules', 0, 'schedule_expression']));
        d.set('rotationRules', compact({ automaticallyAfterDays: days, scheduleExpression: schedule }), { inst, path: ['rotation_rules'] });
      },
    },
  },
};
