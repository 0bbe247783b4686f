import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cloudshell-full-access-restricted.js';

const P = 'aws.iam.policy';
const ARN = 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess';

testRule(rule, {
  fail: [{ name: 'attached to two principals', resource: liveResource(P, 'cs1', { arn: ARN, attachmentCount: 2 }), message: 'attached to 2' }],
  pass: [{ name: 'not attached', resource: liveResource(P, 'cs2', { arn: ARN, attachmentCount: 0 }) }],
  notApplicable: [
    { name: 'another policy', resource: liveResource(P, 'other', { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', attachmentCount: 4 }) },
    { name: 'IaC policy', resource: iacResource(P, 'tf', {}) },
  ],
  unknown: [
    { name: 'attachment count denied', resource: liveResource(P, 'cs3', { arn: ARN, attachmentCount: unknownAttr('iam:GetPolicy') }), cause: 'iam:GetPolicy' },
    { name: 'ARN not collected', resource: liveResource(P, 'cs4', { attachmentCount: 1 }), cause: 'not collected' },
  ],
});
