import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './server-certificate-not-expired.js';

const C = 'aws.iam.server-certificate';
const inDays = (d: number): string => new Date(Date.now() + d * 86_400_000).toISOString();

testRule(rule, {
  fail: [{ name: 'expired last month', resource: liveResource(C, 'old', { expiration: inDays(-30) }), message: 'expired on' }],
  pass: [{ name: 'valid for a year', resource: liveResource(C, 'new', { expiration: inDays(365) }) }],
  notApplicable: [{ name: 'IaC certificate', resource: iacResource(C, 'tf', {}) }],
  unknown: [{ name: 'ListServerCertificates denied', resource: liveResource(C, 'x', { expiration: unknownAttr('iam:ListServerCertificates') }), cause: 'iam:ListServerCertificates' }],
});
