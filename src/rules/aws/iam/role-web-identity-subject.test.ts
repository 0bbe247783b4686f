import type { JsonValue } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './role-web-identity-subject.js';

const R = 'aws.iam.role';
const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const trust = (Condition?: JsonValue): JsonValue => ({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: GH }, ...(Condition ? { Condition } : {}) }] });

testRule(rule, {
  fail: [
    { name: 'GitHub with the audience only', resource: liveResource(R, 'r1', { assumeRolePolicy: trust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }) }), message: 'token.actions.githubusercontent.com:sub' },
    { name: 'IaC GitHub trust for every repository', resource: iacResource(R, 'r2', { assumeRolePolicy: trust({ StringLike: { 'token.actions.githubusercontent.com:sub': '*' } }) }) },
  ],
  pass: [
    { name: 'pinned to a repository branch', resource: liveResource(R, 'r3', { assumeRolePolicy: trust({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } }) }), message: 'pinning' },
    { name: 'service role', resource: iacResource(R, 'r4', { assumeRolePolicy: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ecs-tasks.amazonaws.com' } }] } }) },
  ],
  unknown: [
    { name: 'GetRole denied', resource: liveResource(R, 'r5', { assumeRolePolicy: unknownAttr('iam:GetRole') }), cause: 'iam:GetRole' },
    { name: 'subject from a variable', resource: iacResource(R, 'r6', { assumeRolePolicy: unresolvedAttr('var.trust') }), cause: 'var.trust' },
  ],
});
