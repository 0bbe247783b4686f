import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import recent from './root-not-used-recently.js';

const ACCOUNT = 'aws.iam.account';
const ago = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

testRule(recent, {
  fail: [{ name: 'root used yesterday', resource: liveResource(ACCOUNT, 'a1', { rootLastUsed: ago(1) }), message: '1 day(s) ago' }],
  pass: [
    { name: 'root used long ago', resource: liveResource(ACCOUNT, 'a2', { rootLastUsed: ago(200) }) },
    { name: 'root never used', resource: liveResource(ACCOUNT, 'a3', { rootLastUsed: null }) },
  ],
  notApplicable: [{ name: 'IaC password policy', resource: iacResource(ACCOUNT, 'pp', {}) }],
  unknown: [{ name: 'credential report unavailable', resource: liveResource(ACCOUNT, 'a4', { rootLastUsed: unknownAttr('iam:GetCredentialReport', 'ReportNotPresent') }), cause: 'iam:GetCredentialReport' }],
});
