import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './role-trust-not-public.js';

const R = 'aws.iam.role';
const trust = (Principal: JsonValue, Condition?: JsonValue): JsonValue => ({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal, ...(Condition ? { Condition } : {}) }] });

testRule(rule, {
  fail: [
    { name: 'AWS "*" principal', resource: liveResource(R, 'r1', { assumeRolePolicy: trust({ AWS: '*' }) }), message: 'assumed by anyone' },
    { name: 'IaC "*" principal with an unrelated condition', resource: iacResource(R, 'r2', { assumeRolePolicy: trust('*', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }) }) },
  ],
  pass: [
    { name: 'service principal', resource: liveResource(R, 'r3', { assumeRolePolicy: trust({ Service: 'lambda.amazonaws.com' }) }) },
    { name: '"*" limited to the organisation', resource: iacResource(R, 'r4', { assumeRolePolicy: trust('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }) }) },
    { name: 'another account, named', resource: iacResource(R, 'r5', { assumeRolePolicy: trust({ AWS: 'arn:aws:iam::444455556666:root' }) }) },
  ],
  unknown: [
    { name: 'GetRole denied', resource: liveResource(R, 'r6', { assumeRolePolicy: unknownAttr('iam:GetRole') }), cause: 'iam:GetRole' },
    { name: 'trust policy from a variable', resource: iacResource(R, 'r7', { assumeRolePolicy: unresolvedAttr('var.trust') }), cause: 'var.trust' },
  ],
});
