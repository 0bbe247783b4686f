import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const cloudtrailTrail = defineResourceType({
  type: 'aws.cloudtrail.trail',
  provider: 'aws',
  service: 'cloudtrail',
  description: 'A CloudTrail trail with its logging status, event selectors and protections.',
  aliases: ['aws_cloudtrail', 'AWS::CloudTrail::Trail', 'cloudtrail'],
  attributes: {
    homeRegion: a.string('Region the trail was created in'),
    isMultiRegion: a.bool('The trail records events from every region', { default: false }),
    isOrganizationTrail: a.bool('The trail logs every account of the organisation', { default: false }),
    isLogging: a.bool('The trail is currently logging (GetTrailStatus)'),
    latestDeliveryError: a.string('Last error delivering log files to S3 (absent when delivery works)'),
    logFileValidation: a.bool('Log file integrity validation is on', { default: false }),
    includeGlobalServiceEvents: a.bool('Events of global services (IAM, STS) are recorded', { default: true }),
    kmsKeyId: a.string('KMS key encrypting the log files (SSE-KMS)'),
    s3BucketName: a.string('Bucket receiving the logs'),
    cloudWatchLogsLogGroupArn: a.string('Log group receiving the events'),
    managementEvents: a.enum(['All', 'ReadOnly', 'WriteOnly', 'None'] as const, 'Management events recorded, from the event selectors', {
      default: 'All',
      defaultNote: 'A trail without custom selectors records all management events',
    }),
    eventSelectors: a.json('Event selectors or advanced event selectors as returned by GetEventSelectors'),
  },
});
