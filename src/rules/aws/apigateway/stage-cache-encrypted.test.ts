import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './stage-cache-encrypted.js';

const T = 'aws.apigateway.stage';

testRule(rule, {
  fail: [
    { name: 'cached unencrypted', resource: liveResource(T, 's1', { methodSettings: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: false }] }), message: '*/*' },
    { name: 'IaC encryption not set', resource: iacResource(T, 'tf', { methodSettings: [{ methodPath: 'path1/GET', cachingEnabled: true }] }) },
  ],
  pass: [{ name: 'cached encrypted', resource: liveResource(T, 's2', { methodSettings: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: true }] }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 's3', { methodSettings: unknownAttr('apigateway:GET') }), cause: 'apigateway:GET' },
    { name: 'not collected', resource: liveResource(T, 's4', {}), cause: 'not collected' },
    { name: 'IaC flag from a variable', resource: iacResource(T, 'tf2', { methodSettings: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: { $unknown: { kind: 'unresolved', expression: 'var.enc', message: 'var.enc is unknown' } } }] }), cause: 'var.enc' },
  ],
  notApplicable: [{ name: 'no caching', resource: liveResource(T, 's5', { methodSettings: [{ methodPath: '*/*', cachingEnabled: false }] }) }],
});
