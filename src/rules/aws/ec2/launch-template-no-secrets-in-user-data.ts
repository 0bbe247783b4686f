import { defineRule } from '../../../core/index.js';
import { checkUserData } from './user-data.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-launch-template-no-secrets-in-user-data',
    title: 'Launch template user data holds no secrets',
    severity: 'critical',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.launch-template'],
    description:
      'Decodes the user data and looks for AWS access key ids, private key blocks and literal values assigned to names such as ' +
      'PASSWORD, SECRET, TOKEN or API_KEY. References ($VAR, $(command), ARNs, parameter paths, {{resolve:...}}) are not secrets. ' +
      'Findings name the kind of secret and its line, never the value. Judged in code only: Parapet does not read user data from ' +
      'live accounts, because it would then hold the very secrets it looks for.',
    risk: 'User data is readable by anyone allowed ec2:DescribeInstanceAttribute or DescribeLaunchTemplateVersions, by every process on the instance through the metadata service, and it is copied into templates, AMIs and logs. A secret there is effectively shared widely and hard to rotate.',
    remediation: {
      text: 'Move the secret to Secrets Manager or SSM Parameter Store, have the boot script fetch it with the instance role, and rotate the exposed value.',
      cli: 'aws ssm put-parameter --name /app/db/password --type SecureString --value NEW_VALUE',
      terraform: '# in user data, fetch at boot instead of embedding:\n# DB_PASSWORD=$(aws ssm get-parameter --name /app/db/password --with-decryption --query Parameter.Value --output text)',
      cloudformation: 'UserData: !Base64 |\n  #!/bin/bash\n  DB_PASSWORD=$(aws ssm get-parameter --name /app/db/password --with-decryption --query Parameter.Value --output text)',
      console: 'Secrets Manager or Systems Manager > Parameter Store > create the secret; then edit the user data to fetch it and rotate the old value',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html'],
    sources: ['iac'],
  },
  check: (ctx) => checkUserData(ctx, 'launch template'),
});
