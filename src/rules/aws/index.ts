import type { Rule } from '../../core/index.js';
import { ec2Rules } from './ec2/index.js';
import { iamRules } from './iam/index.js';
import { rdsRules } from './rds/index.js';
import { s3Rules } from './s3/index.js';

export const awsRules: readonly Rule[] = [...s3Rules, ...ec2Rules, ...rdsRules, ...iamRules];
