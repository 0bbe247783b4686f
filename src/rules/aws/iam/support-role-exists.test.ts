import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './support-role-exists.js';

const ACCOUNT = 'aws.iam.account';
const support = (attachmentCount: unknown) => liveResource('aws.iam.policy', 'AWSSupportAccess', { arn: 'arn:aws:iam::aws:policy/AWSSupportAccess', awsManaged: true, attachmentCount: attachmentCount as never });

testRule(rule, {
  fail: [{ name: 'support policy attached to nobody', resource: liveResource(ACCOUNT, 'a1', {}), others: [support(0)], message: 'attached to nobody' }],
  pass: [{ name: 'support policy attached to a role', resource: liveResource(ACCOUNT, 'a2', {}), others: [support(1)] }],
  notApplicable: [{ name: 'IaC password policy', resource: iacResource(ACCOUNT, 'pp', {}) }],
  unknown: [
    { name: 'support policy not collected', resource: liveResource(ACCOUNT, 'a3', {}), cause: 'AWSSupportAccess managed policy' },
    { name: 'attachment count denied', resource: liveResource(ACCOUNT, 'a4', {}), others: [support(unknownAttr('iam:GetPolicy'))], cause: 'iam:GetPolicy' },
  ],
});
