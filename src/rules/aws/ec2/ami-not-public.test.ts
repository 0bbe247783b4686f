import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './ami-not-public.js';

const T = 'aws.ec2.image';
testRule(rule, {
  fail: [
    { name: 'public image', resource: liveResource(T, 'ami-pub', { public: true }), message: 'Every AWS account' },
    { name: 'IaC launch permission for group all', resource: iacResource(T, 'tf', { public: true }) },
  ],
  pass: [
    { name: 'private image', resource: liveResource(T, 'ami-priv', { public: false }) },
    { name: 'IaC image shared with one account', resource: iacResource(T, 'tf-shared', { public: false, sharedWithAccounts: ['210987654321'] }) },
  ],
  unknown: [{ name: 'DescribeImages denied', resource: liveResource(T, 'denied', { public: unknownAttr('ec2:DescribeImages') }), cause: 'ec2:DescribeImages' }],
});
