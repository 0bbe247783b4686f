import { iacResource, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './launch-configuration-no-secrets-in-user-data.js';

const T = 'aws.autoscaling.launch-configuration';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
testRule(rule, {
  fail: [
    { name: 'AWS access key in base64 user data', resource: iacResource(T, 'keys', { userData: b64('#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n') }), message: 'an AWS access key id (line 2)' },
    { name: 'literal database password', resource: iacResource(T, 'pw', { userData: 'export DATABASE_PASSWORD=password1234' }), message: 'DATABASE_PASSWORD' },
    { name: 'private key block', resource: iacResource(T, 'pem', { userData: 'cat > /root/.ssh/id_rsa <<EOF\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\nEOF' }), message: 'a private key (line 2)' },
  ],
  pass: [
    { name: 'no user data', resource: iacResource(T, 'empty', {}), message: 'no user data' },
    { name: 'secret fetched at boot', resource: iacResource(T, 'ssm', { userData: '#!/bin/bash\nDB_PASSWORD=$(aws ssm get-parameter --name /app/db --with-decryption --query Parameter.Value --output text)\nexport SSM_PATH=/database/creds' }) },
    { name: 'ordinary settings', resource: iacResource(T, 'plain', { userData: b64('#!/bin/bash\nexport GREETING=hello\nyum install -y nginx') }) },
  ],
  unknown: [
    { name: 'user data from a variable', resource: iacResource(T, 'var', { userData: unresolvedAttr('var.user_data') }), cause: 'var.user_data' },
    { name: 'user data from a template file', resource: iacResource(T, 'tpl', { userData: unresolvedAttr('templatefile("init.sh", local.vars)') }), cause: 'templatefile' },
  ],
});
