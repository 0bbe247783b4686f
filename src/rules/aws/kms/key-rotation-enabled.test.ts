import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './key-rotation-enabled.js';

const K = 'aws.kms.key';
const cmk = { keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Enabled' };

testRule(rule, {
  fail: [
    { name: 'live CMK without rotation', resource: liveResource(K, 'k1', { ...cmk, rotationEnabled: false }), message: 'off' },
    { name: 'IaC key relying on the default', resource: iacResource(K, 'k2', { keyManager: 'CUSTOMER' }, { location: { file: 'main.tf', line: 1 } }), line: 1 },
  ],
  pass: [
    { name: 'live CMK with rotation', resource: liveResource(K, 'k3', { ...cmk, rotationEnabled: true }) },
    { name: 'IaC key with rotation', resource: iacResource(K, 'k4', { keyManager: 'CUSTOMER', rotationEnabled: true }) },
  ],
  notApplicable: [
    { name: 'AWS managed key', resource: liveResource(K, 'k5', { ...cmk, keyManager: 'AWS', rotationEnabled: false }) },
    { name: 'signing key', resource: iacResource(K, 'k6', { keyManager: 'CUSTOMER', keyUsage: 'SIGN_VERIFY', keySpec: 'RSA_2048' }) },
    { name: 'disabled key', resource: liveResource(K, 'k7', { ...cmk, keyState: 'Disabled', rotationEnabled: false }) },
  ],
  unknown: [
    { name: 'GetKeyRotationStatus denied', resource: liveResource(K, 'k8', { ...cmk, rotationEnabled: unknownAttr('kms:GetKeyRotationStatus') }), cause: 'kms:GetKeyRotationStatus' },
    { name: 'IaC rotation from a variable', resource: iacResource(K, 'k9', { keyManager: 'CUSTOMER', rotationEnabled: unresolvedAttr('var.rotate') }), cause: 'var.rotate' },
    { name: 'DescribeKey denied', resource: liveResource(K, 'k10', { keyManager: unknownAttr('kms:DescribeKey'), rotationEnabled: false }), cause: 'kms:DescribeKey' },
  ],
});
