import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-customer-key.js';

const T = 'aws.redshift.cluster';

testRule(rule, {
  fail: [
    { name: 'unencrypted', resource: liveResource(T, 'c1', { encrypted: false }), message: 'not encrypted' },
    { name: 'IaC without a key', resource: iacResource(T, 'tf', {}), message: 'aws/redshift' },
  ],
  pass: [{ name: 'customer key', resource: liveResource(T, 'c2', { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k4' }) }],
  unknown: [
    { name: 'DescribeClusters denied', resource: liveResource(T, 'c3', { encrypted: unknownAttr('redshift:DescribeClusters') }), cause: 'redshift:DescribeClusters' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { encrypted: true, kmsKeyId: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
});
