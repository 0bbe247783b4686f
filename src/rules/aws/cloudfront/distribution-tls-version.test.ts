import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './distribution-tls-version.js';

const T = 'aws.cloudfront.distribution';

testRule(rule, {
  fail: [
    { name: 'TLSv1', resource: liveResource(T, 'd1', { cloudFrontDefaultCertificate: false, minimumProtocolVersion: 'TLSv1' }), message: 'older than 1.2' },
    { name: 'TLSv1.1_2016', resource: liveResource(T, 'd2', { cloudFrontDefaultCertificate: false, minimumProtocolVersion: 'TLSv1.1_2016' }) },
    { name: 'IaC custom certificate without a version', resource: iacResource(T, 'tf', { cloudFrontDefaultCertificate: false }), message: 'TLSv1' },
  ],
  pass: [
    { name: 'TLSv1.2_2021', resource: liveResource(T, 'd3', { cloudFrontDefaultCertificate: false, minimumProtocolVersion: 'TLSv1.2_2021' }) },
    { name: 'TLSv1.3_2025', resource: iacResource(T, 'tf2', { cloudFrontDefaultCertificate: false, minimumProtocolVersion: 'TLSv1.3_2025' }) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'd4', { cloudFrontDefaultCertificate: false, minimumProtocolVersion: unknownAttr('cloudfront:GetDistributionConfig') }), cause: 'cloudfront:GetDistributionConfig' },
    { name: 'not collected', resource: liveResource(T, 'd5', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { cloudFrontDefaultCertificate: false, minimumProtocolVersion: unresolvedAttr('var.tls') }), cause: 'var.tls' },
  ],
  notApplicable: [{ name: 'default certificate', resource: iacResource(T, 'tf4', {}) }],
});
