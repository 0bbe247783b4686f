import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './topic-encrypted.js';

const T = 'aws.sns.topic';

testRule(rule, {
  fail: [
    { name: 'no key', resource: liveResource(T, 't1', { kmsMasterKeyId: null }) },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}, { location: { file: 'sns.tf', line: 2 } }), line: 2 },
  ],
  pass: [
    { name: 'AWS managed key', resource: liveResource(T, 't2', { kmsMasterKeyId: 'alias/aws/sns' }), message: 'alias/aws/sns' },
    { name: 'IaC key', resource: iacResource(T, 'tf2', { kmsMasterKeyId: 'aws_kms_key.k.arn' }) },
  ],
  unknown: [
    { name: 'GetTopicAttributes denied', resource: liveResource(T, 't3', { kmsMasterKeyId: unknownAttr('sns:GetTopicAttributes') }), cause: 'sns:GetTopicAttributes' },
    { name: 'not collected', resource: liveResource(T, 't4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { kmsMasterKeyId: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
});
