import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './group-admin-members-mfa.js';
import { USER } from './user-test-helpers.js';

const G = 'aws.iam.group';
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const device = { serialNumber: 'arn:aws:iam::123456789012:mfa/x', kind: 'virtual' };
const alice = liveResource(USER, 'alice', { consoleAccess: true, mfaDevices: [device] });
const bob = liveResource(USER, 'bob', { consoleAccess: true, mfaDevices: [] });
const ci = liveResource(USER, 'ci', { consoleAccess: false, mfaDevices: [] });
const group = (members: string[], extra: Record<string, unknown> = {}) => liveResource(G, 'admins', { attachedPolicyArns: [ADMIN], inlinePolicies: {}, members, ...(extra as object) });

testRule(rule, {
  fail: [
    { name: 'console admin without MFA', resource: group(['alice', 'bob']), others: [alice, bob], message: 'without MFA: bob' },
    {
      name: 'inline admin group',
      resource: liveResource(G, 'ops', { attachedPolicyArns: [], inlinePolicies: { all: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }, members: ['bob'] }),
      others: [bob],
      message: 'inline policy all',
    },
  ],
  pass: [{ name: 'every console admin has MFA', resource: group(['alice', 'ci']), others: [alice, ci] }],
  notApplicable: [
    { name: 'read-only group', resource: liveResource(G, 'readers', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], inlinePolicies: {}, members: ['bob'] }), others: [bob] },
    { name: 'IaC group', resource: iacResource(G, 'tf', {}) },
  ],
  unknown: [
    { name: 'member not collected', resource: group(['zoe']), others: [alice], cause: 'member zoe' },
    { name: 'GetGroup denied', resource: group([], { members: unknownAttr('iam:GetGroup') }), cause: 'iam:GetGroup' },
    { name: 'member MFA devices unreadable', resource: group(['dave']), others: [liveResource(USER, 'dave', { consoleAccess: true, mfaDevices: unknownAttr('iam:ListMFADevices') })], cause: 'iam:ListMFADevices' },
  ],
});
