import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './stage-cache-encrypted.js';

const T = 'aws.apigateway.stage';

testRule(rule, {
  fail: [
    { name: 'cached unencrypted', resource: liveResource(T, 's1', { methodSettings: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: false }] }), message: '*/*' },
    { name: 'IaC encryption not set', resource: iacResource(T, 'tf', { methodSettings: [{ methodPath: 'path1/GET', cachingEnabled: true }] }) },
    { name: 'cache cluster caches GET by default', resource: liveResource(T, 's6', { cacheClusterEnabled: true, methodSettings: [] }), message: 'cached by default' },
    { name: 'stage-wide setting leaves the default cache unencrypted', resource: liveResource(T, 's7', { cacheClusterEnabled: true, methodSettings: [{ methodPath: '*/*' }, { methodPath: 'orders/POST', cachingEnabled: false }] }), message: 'cached by default' },
  ],
  pass: [
    { name: 'cached encrypted', resource: liveResource(T, 's2', { methodSettings: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: true }] }) },
    { name: 'default cache encrypted stage-wide', resource: liveResource(T, 's8', { cacheClusterEnabled: true, methodSettings: [{ methodPath: '*/*', cacheDataEncrypted: true }] }) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 's3', { methodSettings: unknownAttr('apigateway:GET') }), cause: 'apigateway:GET' },
    { name: 'not collected', resource: liveResource(T, 's4', {}), cause: 'not collected' },
    { name: 'cache cluster unknown', resource: liveResource(T, 's9', { cacheClusterEnabled: unknownAttr('apigateway:GET'), methodSettings: [] }), cause: 'apigateway:GET' },
    { name: 'IaC flag from a variable', resource: iacResource(T, 'tf2', { methodSettings: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: { $unknown: { kind: 'unresolved', expression: 'var.enc', message: 'var.enc is unknown' } } }] }), cause: 'var.enc' },
  ],
  notApplicable: [
    { name: 'no caching', resource: liveResource(T, 's5', { methodSettings: [{ methodPath: '*/*', cachingEnabled: false }] }) },
    { name: 'cache cluster with caching off stage-wide', resource: liveResource(T, 's10', { cacheClusterEnabled: true, methodSettings: [{ methodPath: '*/*', cachingEnabled: false }] }) },
    { name: 'no cache cluster', resource: liveResource(T, 's11', { cacheClusterEnabled: false, methodSettings: [] }) },
  ],
});
