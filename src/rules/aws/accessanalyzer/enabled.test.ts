import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './enabled.js';

const T = 'aws.accessanalyzer.region';
testRule(rule, {
  fail: [
    { name: 'no analyzer', resource: liveResource(T, 'us-east-1', { analyzers: [] }), message: 'No IAM Access Analyzer' },
    { name: 'only an unused-access analyzer', resource: liveResource(T, 'eu-west-1', { analyzers: [{ name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' }] }), message: 'None of the 1' },
    { name: 'failed analyzer', resource: liveResource(T, 'eu-west-2', { analyzers: [{ name: 'a', type: 'ACCOUNT', status: 'FAILED' }] }) },
  ],
  pass: [
    { name: 'active account analyzer', resource: liveResource(T, 'us-west-2', { analyzers: [{ name: 'acct', type: 'ACCOUNT', status: 'ACTIVE' }] }), message: 'acct' },
    { name: 'IaC organisation analyzer', resource: iacResource(T, 'tf', { analyzers: [{ name: 'org', type: 'ORGANIZATION' }] }) },
  ],
  unknown: [
    { name: 'ListAnalyzers denied', resource: liveResource(T, 'denied', { analyzers: unknownAttr('access-analyzer:ListAnalyzers') }), cause: 'access-analyzer:ListAnalyzers' },
    { name: 'not collected', resource: liveResource(T, 'gap', {}), cause: 'not collected' },
  ],
});
