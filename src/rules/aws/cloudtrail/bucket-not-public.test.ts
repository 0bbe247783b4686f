import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-not-public.js';

const T = 'aws.cloudtrail.trail';
const B = 'aws.s3.bucket';
const trail = (name: string) => liveResource(T, name, { s3BucketName: 'trail-logs' });
const bucket = (attrs: Record<string, never> | Record<string, unknown>) =>
  liveResource(B, 'trail-logs', { acl: { cannedAcl: 'private', grants: [] }, policy: null, publicAccessBlock: null, ...(attrs as Record<string, never>) }, { uid: 'arn:aws:s3:::trail-logs' });
const allUsers = { granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' };
const publicPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::trail-logs/*' }] };

testRule(rule, {
  fail: [
    { name: 'public-read ACL', resource: trail('acl'), others: [bucket({ acl: { cannedAcl: 'public-read', grants: [] } })], message: 'public-read' },
    { name: 'AllUsers grant', resource: trail('grant'), others: [bucket({ acl: { cannedAcl: null, grants: [allUsers] } })], message: 'AllUsers' },
    { name: 'policy for any principal', resource: trail('policy'), others: [bucket({ policy: publicPolicy })], message: 'any principal' },
    {
      name: 'IaC bucket with authenticated-read found by name',
      resource: iacResource(T, 'tf', { s3BucketName: 'trail-logs' }),
      others: [iacResource(B, 'trail-logs', { acl: { cannedAcl: 'authenticated-read' } })],
      message: 'authenticated-read',
    },
  ],
  pass: [
    { name: 'private bucket', resource: trail('private'), others: [bucket({})] },
    {
      name: 'public ACL neutralised by IgnorePublicAcls',
      resource: trail('ignored'),
      others: [bucket({ acl: { cannedAcl: 'public-read', grants: [] }, publicAccessBlock: { ignorePublicAcls: true, restrictPublicBuckets: true } })],
    },
    { name: 'policy with a condition', resource: trail('cond'), others: [bucket({ policy: { Statement: [{ ...publicPolicy.Statement[0], Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }] } })] },
    { name: 'IaC bucket related by reference', resource: { ...iacResource(T, 'tf-rel', {}), relationships: [{ kind: 'logs-to', target: 'iac:b' }] }, others: [iacResource(B, 'b', {}, { uid: 'iac:b' })] },
  ],
  unknown: [
    { name: 'bucket not in the scan', resource: trail('elsewhere'), cause: 'not part of this scan' },
    { name: 'bucket ACL not readable', resource: trail('acl-unknown'), others: [bucket({ acl: unknownAttr('s3:GetBucketAcl') as never })], cause: 's3:GetBucketAcl' },
    { name: 'bucket name not readable', resource: liveResource(T, 'name-unknown', { s3BucketName: unknownAttr('cloudtrail:DescribeTrails') }), cause: 'cloudtrail:DescribeTrails' },
  ],
});
