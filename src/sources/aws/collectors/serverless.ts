import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, paginateListTables } from '@aws-sdk/client-dynamodb';
import { GetFunctionUrlConfigCommand, GetPolicyCommand, LambdaClient, paginateListFunctions } from '@aws-sdk/client-lambda';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { JsonValue } from '../../../core/index.js';
import { dynamodbTable } from '../../../core/types/aws/dynamodb.js';
import { lambdaFunction } from '../../../core/types/aws/lambda.js';
import type { Collector, Scope } from '../scope.js';
import { mapLimit } from '../semaphore.js';
import { parsePolicy } from './iam.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';

const NOT_FOUND = ['ResourceNotFoundException'];

export const lambdaCollector: Collector = {
  service: 'lambda',
  scope: 'regional',
  types: [lambdaFunction.type],
  actions: ['lambda:GetFunctionUrlConfig', 'lambda:GetPolicy', 'lambda:ListFunctions'],
  async collect(s) {
    const lambda = s.client(LambdaClient);
    const listed = await s.all('lambda:ListFunctions', () => paginateListFunctions({ client: lambda }, {}));
    if (listed.kind !== 'ok') return s.unlisted(lambdaFunction, s.arn('lambda', 'function:*'), listed);
    await mapLimit(listed.value.flatMap((p) => p.Functions ?? []), 8, (f) => collectFunction(s, lambda, f));
  },
};

async function collectFunction(s: Scope, lambda: LambdaClient, f: FunctionConfiguration): Promise<void> {
  const name = f.FunctionName ?? '';
  const r = s.resource(lambdaFunction.type, f.FunctionArn ?? s.arn('lambda', `function:${name}`), name, 'lambda:ListFunctions');
  r.known('runtime', f.Runtime).known('packageType', f.PackageType).known('tracingMode', f.TracingConfig?.Mode).known('kmsKeyArn', f.KMSKeyArn);
  // Names only: environment values often hold secrets and are never stored.
  r.known('environmentVariableNames', Object.keys(f.Environment?.Variables ?? {}).sort());
  const [policy, url] = await Promise.all([
    s.call('lambda:GetPolicy', () => lambda.send(new GetPolicyCommand({ FunctionName: name })), { absentOn: NOT_FOUND }),
    s.call('lambda:GetFunctionUrlConfig', () => lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: name })), { absentOn: NOT_FOUND }),
  ]);
  r.from('lambda:GetPolicy', policy, (v) => ({ policy: v.Policy ? parsePolicy(v.Policy, 'lambda:GetPolicy') : undefined }), ['policy']);
  r.from('lambda:GetFunctionUrlConfig', url, (v): Record<string, JsonValue | undefined> => ({ functionUrl: v.AuthType ? { authType: v.AuthType } : {} }), ['functionUrl']);
  if (f.Role) r.rel('assumes', f.Role);
  r.tagsUnknown(TAGS_NOT_COLLECTED);
  s.emit(r);
}

export const dynamodbCollector: Collector = {
  service: 'dynamodb',
  scope: 'regional',
  types: [dynamodbTable.type],
  actions: ['dynamodb:DescribeContinuousBackups', 'dynamodb:DescribeTable', 'dynamodb:ListTables'],
  async collect(s) {
    const ddb = s.client(DynamoDBClient);
    const listed = await s.all('dynamodb:ListTables', () => paginateListTables({ client: ddb }, {}));
    if (listed.kind !== 'ok') return s.unlisted(dynamodbTable, s.arn('dynamodb', 'table/*'), listed);
    await mapLimit(listed.value.flatMap((p) => p.TableNames ?? []).sort(), 8, async (name) => {
      const [desc, backups] = await Promise.all([
        s.call('dynamodb:DescribeTable', () => ddb.send(new DescribeTableCommand({ TableName: name }))),
        s.call('dynamodb:DescribeContinuousBackups', () => ddb.send(new DescribeContinuousBackupsCommand({ TableName: name }))),
      ]);
      const arn = desc.kind === 'ok' && desc.value.Table?.TableArn ? desc.value.Table.TableArn : s.arn('dynamodb', `table/${name}`);
      const r = s.resource(dynamodbTable.type, arn, name, 'dynamodb:ListTables');
      r.from('dynamodb:DescribeTable', desc, (v) => {
        const t = v.Table;
        const sse = t?.SSEDescription;
        return {
          sseType: sse?.SSEType ?? (sse?.Status === 'ENABLED' ? 'KMS' : 'NONE'),
          kmsMasterKeyArn: sse?.KMSMasterKeyArn,
          deletionProtectionEnabled: t?.DeletionProtectionEnabled ?? false,
          billingMode: t?.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
        };
      }, ['sseType', 'kmsMasterKeyArn', 'deletionProtectionEnabled', 'billingMode']);
      r.from('dynamodb:DescribeContinuousBackups', backups, (v) => ({
        pointInTimeRecoveryEnabled: v.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED',
      }), ['pointInTimeRecoveryEnabled']);
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    });
  },
};
