import type { Rule } from '../../core/index.js';
import { ec2Rules } from './ec2/index.js';
import { iamRules } from './iam/index.js';
import { rdsRules } from './rds/index.js';
import { s3Rules } from './s3/index.js';
import { dynamodbRules } from './dynamodb/index.js';
import { secretsmanagerRules } from './secretsmanager/index.js';
import { elbRules } from './elb/index.js';
import { ecrRules } from './ecr/index.js';
import { efsRules } from './efs/index.js';
import { elasticacheRules } from './elasticache/index.js';
import { redshiftRules } from './redshift/index.js';
import { opensearchRules } from './opensearch/index.js';
import { snsRules } from './sns/index.js';
import { sqsRules } from './sqs/index.js';
import { lambdaRules } from './lambda/index.js';
import { eksRules } from './eks/index.js';

export const awsRules: readonly Rule[] = [...s3Rules, ...ec2Rules, ...rdsRules, ...iamRules, ...dynamodbRules, ...secretsmanagerRules, ...elbRules, ...ecrRules, ...efsRules, ...elasticacheRules, ...redshiftRules, ...opensearchRules, ...snsRules, ...sqsRules, ...lambdaRules, ...eksRules];
