import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './role-cross-account-external-id.js';

const R = 'aws.iam.role';
const OTHER = 'arn:aws:iam::444455556666:root';
const trust = (Principal: JsonValue, Condition?: JsonValue): JsonValue => ({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal, ...(Condition ? { Condition } : {}) }] });

testRule(rule, {
  fail: [
    { name: 'other account without external id', resource: liveResource(R, 'r1', { assumeRolePolicy: trust({ AWS: OTHER }) }), message: '444455556666' },
    { name: 'IaC role with a known account trusting another', resource: iacResource(R, 'r2', { assumeRolePolicy: trust({ AWS: '444455556666' }) }, { account: '111122223333' }) },
    { name: 'anyone', resource: liveResource(R, 'r3', { assumeRolePolicy: trust({ AWS: '*' }) }), message: 'Any account' },
  ],
  pass: [
    { name: 'other account with external id', resource: liveResource(R, 'r4', { assumeRolePolicy: trust({ AWS: OTHER }, { StringEquals: { 'sts:ExternalId': 'partner-123' } }) }), message: 'under a condition' },
    { name: 'own account', resource: liveResource(R, 'r5', { assumeRolePolicy: trust({ AWS: 'arn:aws:iam::123456789012:root' }) }) },
    { name: 'IaC service role', resource: iacResource(R, 'r6', { assumeRolePolicy: trust({ Service: 'ec2.amazonaws.com' }) }) },
  ],
  unknown: [
    { name: 'GetRole denied', resource: liveResource(R, 'r7', { assumeRolePolicy: unknownAttr('iam:GetRole') }), cause: 'iam:GetRole' },
    { name: 'IaC role trusting an account while its own account is unknown', resource: iacResource(R, 'r8', { assumeRolePolicy: trust({ AWS: OTHER }) }), cause: 'account that owns the role is not known' },
  ],
});
