import type { ResourceTypeDef } from '../../resource.js';
import { ebsVolume, securityGroup } from './ec2.js';
import { iamAccount, iamUser } from './iam.js';
import { rdsInstance } from './rds.js';
import { s3AccountSettings, s3Bucket } from './s3.js';

export { ebsVolume, securityGroup, iamAccount, iamUser, rdsInstance, s3AccountSettings, s3Bucket };

export const AWS_RESOURCE_TYPES: readonly ResourceTypeDef[] = [
  s3Bucket,
  s3AccountSettings,
  securityGroup,
  ebsVolume,
  rdsInstance,
  iamAccount,
  iamUser,
];
