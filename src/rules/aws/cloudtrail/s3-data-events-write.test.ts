import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './s3-data-events-write.js';

const T = 'aws.cloudtrail.trail';
const basic = (rw: string, values: string[]) => ({ eventSelectors: [{ ReadWriteType: rw, IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: values }] }], advancedEventSelectors: null });
const advanced = (extra: object[]) => ({
  eventSelectors: null,
  advancedEventSelectors: [{ Name: 's3', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, ...extra] }],
});
const trail = (name: string, eventSelectors: unknown, isMultiRegion = true) => liveResource(T, name, { isMultiRegion, eventSelectors: eventSelectors as never });

testRule(rule, {
  fail: [
    { name: 'no selectors', resource: trail('none', { eventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }], advancedEventSelectors: null }), message: 'No multi-region trail' },
    { name: 'only the other kind of access', resource: trail('other', basic('ReadOnly', ['arn:aws:s3'])) },
    { name: 'only some buckets', resource: trail('some', basic('All', ['arn:aws:s3:::my-bucket/'])) },
    { name: 'advanced selector limited by ARN', resource: trail('adv-arn', advanced([{ Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::my-bucket/'] }])) },
    { name: 'single-region trail with all buckets', resource: trail('single', basic('All', ['arn:aws:s3']), false) },
    { name: 'IaC trail without selectors', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [
    { name: 'basic selector All for all buckets', resource: trail('all', basic('All', ['arn:aws:s3'])) },
    { name: 'basic selector WriteOnly with the ::: form', resource: trail('rw', basic('WriteOnly', ['arn:aws:s3:::'])) },
    { name: 'advanced selector for all buckets', resource: trail('adv', advanced([])) },
    { name: 'advanced selector readOnly false', resource: trail('adv-ro', advanced([{ Field: 'readOnly', Equals: ['false'] }])) },
    {
      name: 'covered by another multi-region trail of the account',
      resource: trail('mgmt-only', { eventSelectors: null, advancedEventSelectors: null }),
      others: [trail('data-trail', basic('All', ['arn:aws:s3']))],
      message: 'Trail data-trail',
    },
  ],
  unknown: [
    { name: 'GetEventSelectors denied', resource: liveResource(T, 'denied', { isMultiRegion: true, eventSelectors: unknownAttr('cloudtrail:GetEventSelectors') }), cause: 'cloudtrail:GetEventSelectors' },
    {
      name: 'another trail unreadable when this one does not cover',
      resource: trail('mine', { eventSelectors: null, advancedEventSelectors: null }),
      others: [liveResource(T, 'theirs', { isMultiRegion: true, eventSelectors: unknownAttr('cloudtrail:GetEventSelectors', 'TrailNotFound') })],
      cause: 'TrailNotFound',
    },
  ],
});
