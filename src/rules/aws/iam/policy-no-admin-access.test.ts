import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './policy-no-admin-access.js';

const P = 'aws.iam.policy';
const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const notAction = { Statement: { Effect: 'Allow', NotAction: 'ec2:*', Resource: '*' } };
const scoped = { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' }] };

testRule(rule, {
  fail: [
    { name: 'attached live policy with * on *', resource: liveResource(P, 'admin', { document: admin, attachmentCount: 2 }), message: 'attached to 2' },
    { name: 'IaC policy with NotAction leaving IAM open', resource: iacResource(P, 'tf', { document: notAction }, { attributeLines: { document: { file: 'main.tf', line: 4 } } }), line: 4 },
  ],
  pass: [
    { name: 'scoped policy', resource: liveResource(P, 'scoped', { document: scoped, attachmentCount: 3 }) },
    { name: 'live admin policy attached to nobody', resource: liveResource(P, 'unused', { document: admin, attachmentCount: 0 }), message: 'not attached' },
    { name: 'IaC scoped policy', resource: iacResource(P, 'tf2', { document: scoped }) },
  ],
  unknown: [
    { name: 'GetPolicyVersion denied', resource: liveResource(P, 'p1', { document: unknownAttr('iam:GetPolicyVersion'), attachmentCount: 1 }), cause: 'iam:GetPolicyVersion' },
    { name: 'IaC document from a data source', resource: iacResource(P, 'p2', { document: unresolvedAttr('data.aws_iam_policy_document.x.json') }), cause: 'data.aws_iam_policy_document.x.json' },
    { name: 'attachment count unreadable for an admin policy', resource: liveResource(P, 'p3', { document: admin, attachmentCount: unknownAttr('iam:GetPolicy') }), cause: 'iam:GetPolicy' },
  ],
});
