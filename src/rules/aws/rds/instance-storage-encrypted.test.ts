import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-storage-encrypted.js';

const DB = 'aws.rds.db-instance';

testRule(rule, {
  fail: [
    { name: 'live unencrypted instance', resource: liveResource(DB, 'db1', { storageEncrypted: false }), message: 'not encrypted' },
    { name: 'IaC instance that does not ask for encryption', resource: iacResource(DB, 'tf', {}, { location: { file: 'rds.tf', line: 3 } }), line: 3 },
  ],
  pass: [
    { name: 'live encrypted instance names its key', resource: liveResource(DB, 'db2', { storageEncrypted: true, kmsKeyId: 'alias/rds' }), message: 'alias/rds', tolerateUnknown: { kmsKeyId: 'only named in the message' } },
    { name: 'live encrypted instance with an unreadable key detail', resource: liveResource(DB, 'db3', { storageEncrypted: true, kmsKeyId: unknownAttr('kms:DescribeKey') }) },
    { name: 'IaC encrypted instance', resource: iacResource(DB, 'tf2', { storageEncrypted: true }) },
  ],
  unknown: [
    { name: 'DescribeDBInstances denied', resource: liveResource(DB, 'db4', { storageEncrypted: unknownAttr('rds:DescribeDBInstances') }), cause: 'rds:DescribeDBInstances AccessDenied' },
    { name: 'live instance where encryption was never collected', resource: liveResource(DB, 'db5', {}), cause: 'not collected' },
    { name: 'IaC flag from an unresolved variable', resource: iacResource(DB, 'tf3', { storageEncrypted: unresolvedAttr('var.encrypted') }), cause: 'var.encrypted' },
  ],
});
