import { describe, expect, it } from 'vitest';
import { decodeUserData, findSecrets } from './user-data.js';

describe('secrets in user data', () => {
  it('finds AWS keys, private keys and literal passwords, with their lines', () => {
    const text = ['#!/bin/bash', 'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '-----BEGIN RSA PRIVATE KEY-----', 'DB_PASSWORD="hunter22"'].join('\n');
    expect(findSecrets(text)).toEqual([
      { line: 2, what: 'an AWS access key id' },
      { line: 3, what: 'a literal value for AWS_SECRET_ACCESS_KEY' },
      { line: 4, what: 'a private key' },
      { line: 5, what: 'a literal value for DB_PASSWORD' },
    ]);
    expect(findSecrets('  password: s3cr3t-value')).toHaveLength(1);
    expect(findSecrets('export DATABASE_PASSWORD=\\"SomeSortOfPassword\\"')).toHaveLength(1);
  });

  it('ignores references, expansions, placeholders and ordinary settings', () => {
    for (const line of [
      'export SSM_PATH=/database/creds',
      'TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token)',
      'curl -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/',
      'DB_PASSWORD_PARAM=/prod/db/password',
      'DB_SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:db',
      'API_KEY={{resolve:secretsmanager:api}}',
      'ssh_pwauth: false',
      '# PASSWORD=example-in-a-comment',
      'export GREETING="Hello there"',
      'PASSWORD=${db_password}',
    ]) {
      expect(findSecrets(line), line).toEqual([]);
    }
  });

  it('decodes base64 user data and leaves plain text alone', () => {
    expect(decodeUserData('ZXhwb3J0IERBVEFCQVNFX1BBU1NXT1JEPSJTb21lU29ydE9mUGFzc3dvcmQi')).toBe('export DATABASE_PASSWORD="SomeSortOfPassword"');
    expect(decodeUserData('#!/bin/bash\necho hi')).toBe('#!/bin/bash\necho hi');
    expect(decodeUserData('abcd')).toBe('abcd');
  });
});
