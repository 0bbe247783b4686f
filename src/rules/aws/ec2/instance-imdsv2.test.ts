import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-imdsv2.js';

const T = 'aws.ec2.instance';
testRule(rule, {
  fail: [
    { name: 'tokens optional', resource: liveResource(T, 'v1', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }), message: 'accepts IMDSv1' },
    { name: 'IaC without metadata options (provider default optional)', resource: iacResource(T, 'tf', {}), message: 'optional' },
    { name: 'IaC with only the hop limit set', resource: iacResource(T, 'hop', { metadataOptions: { httpPutResponseHopLimit: 2 } }) },
  ],
  pass: [
    { name: 'tokens required', resource: liveResource(T, 'v2', { metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } }), message: 'requires IMDSv2' },
    { name: 'metadata service disabled', resource: liveResource(T, 'off', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'disabled' } }), message: 'turned off' },
  ],
  unknown: [
    { name: 'metadata options not readable', resource: liveResource(T, 'denied', { metadataOptions: unknownAttr('ec2:DescribeInstances') }), cause: 'ec2:DescribeInstances' },
    { name: 'tokens from a variable', resource: iacResource(T, 'var', { metadataOptions: unresolvedAttr('var.http_tokens') }), cause: 'var.http_tokens' },
  ],
});
