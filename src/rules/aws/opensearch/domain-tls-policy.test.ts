import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './domain-tls-policy.js';

const T = 'aws.opensearch.domain';

testRule(rule, {
  fail: [
    { name: 'TLS 1.0 policy', resource: liveResource(T, 'd1', { tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' }), message: 'TLS 1.0' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [
    { name: 'TLS 1.2 PFS', resource: liveResource(T, 'd2', { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' }) },
    { name: 'IaC TLS 1.2', resource: iacResource(T, 'tf2', { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'd3', { tlsSecurityPolicy: unknownAttr('es:DescribeDomain') }), cause: 'es:DescribeDomain' },
    { name: 'not collected', resource: liveResource(T, 'd4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { tlsSecurityPolicy: unresolvedAttr('var.tls') }), cause: 'var.tls' },
  ],
});
