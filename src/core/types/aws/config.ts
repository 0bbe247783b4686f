import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const configRegion = defineResourceType({
  type: 'aws.config.region',
  provider: 'aws',
  service: 'config',
  description: 'AWS Config in one region: its configuration recorders and whether they record.',
  aliases: ['aws_config_configuration_recorder', 'AWS::Config::ConfigurationRecorder'],
  attributes: {
    recorders: a.list(
      a.object(
        {
          name: a.string('Recorder name'),
          recording: a.bool('The recorder is recording'),
          lastStatus: a.string('SUCCESS, FAILURE or PENDING'),
          allSupported: a.bool('Records every supported resource type'),
          includeGlobalResourceTypes: a.bool('Records global resources such as IAM'),
          roleArn: a.string('Role the recorder uses'),
        },
        'One configuration recorder',
      ),
      'Configuration recorders in the region',
      { default: [], defaultNote: 'AWS Config records nothing until a recorder is set up' },
    ),
    deliveryChannels: a.int('Number of delivery channels', { default: 0 }),
  },
});
