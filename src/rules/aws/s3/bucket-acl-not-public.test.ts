import type { JsonValue } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-acl-not-public.js';

const B = 'aws.s3.bucket';
const ALL = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const acl = (cannedAcl: string, uri?: string, permission = 'READ'): JsonValue => ({ cannedAcl, grants: uri ? [{ granteeType: 'Group', granteeUri: uri, permission }] : [] });

testRule(rule, {
  fail: [
    { name: 'live public-read with ACLs enabled', resource: liveResource(B, 'b1', { acl: acl('public-read', ALL), ownershipControls: 'ObjectWriter', publicAccessBlock: { ignorePublicAcls: false } }), others: [liveResource('aws.s3.account-settings', 'a', { publicAccessBlock: { ignorePublicAcls: false } })], message: 'everyone' },
    { name: 'IaC authenticated-read', resource: iacResource(B, 'b2', { acl: acl('authenticated-read', AUTH) }), message: 'any AWS account' },
  ],
  pass: [
    { name: 'private ACL', resource: liveResource(B, 'b3', { acl: acl('private') }) },
    { name: 'live public grant with ACLs disabled', resource: liveResource(B, 'b4', { acl: acl('public-read', ALL), ownershipControls: 'BucketOwnerEnforced' }), message: 'BucketOwnerEnforced' },
    { name: 'IaC public ACL voided by IgnorePublicAcls', resource: iacResource(B, 'b5', { acl: acl('public-read', ALL), publicAccessBlock: { ignorePublicAcls: true } }) },
    { name: 'IaC bucket without ACL', resource: iacResource(B, 'b6', {}) },
  ],
  unknown: [
    { name: 'GetBucketAcl denied', resource: liveResource(B, 'b7', { acl: unknownAttr('s3:GetBucketAcl') }), cause: 's3:GetBucketAcl' },
    { name: 'public grant, ownership controls unreadable', resource: liveResource(B, 'b8', { acl: acl('public-read', ALL), ownershipControls: unknownAttr('s3:GetBucketOwnershipControls') }), cause: 's3:GetBucketOwnershipControls' },
  ],
});
