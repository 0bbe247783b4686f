import type { Finding, ScanResult, Severity, Status } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { formatErrorCause, formatLocation, formatMute, ruleIndex, sortedFindings, truncate } from './common.js';
import { maskSecrets } from './mask.js';
import { partitionOf } from './ocsf.js';

export const ASFF_SCHEMA_VERSION = '2018-10-08';
/**
 * Account for findings that name none (IaC resources) when the caller gives no `account`:
 * Security Hub rejects findings without a 12-digit account, so one is always set.
 */
export const ASFF_PLACEHOLDER_ACCOUNT = '000000000000';
export const ASFF_DEFAULT_REGION = 'us-east-1';
/** Limits from the AWS Security Finding Format reference. */
export const ASFF_LIMITS = { title: 256, description: 1024, remediationText: 512, relatedRequirements: 32, productFieldValue: 2048, detailsOtherValue: 1024 } as const;
export const ASFF_FINDING_TYPE = 'Software and Configuration Checks/Industry and Regulatory Standards';

const LABEL: Record<Severity, string> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFORMATIONAL' };

/** Security Hub's resource type names for the model types it knows; the rest are `Other`. */
const RESOURCE_TYPES: Record<string, string> = {
  'aws.s3.bucket': 'AwsS3Bucket',
  'aws.lambda.function': 'AwsLambdaFunction',
  'aws.ec2.instance': 'AwsEc2Instance',
  'aws.ec2.security-group': 'AwsEc2SecurityGroup',
  'aws.ec2.volume': 'AwsEc2Volume',
  'aws.ec2.vpc': 'AwsEc2Vpc',
  'aws.iam.user': 'AwsIamUser',
  'aws.iam.role': 'AwsIamRole',
  'aws.iam.policy': 'AwsIamPolicy',
  'aws.kms.key': 'AwsKmsKey',
  'aws.rds.instance': 'AwsRdsDbInstance',
  'aws.cloudtrail.trail': 'AwsCloudTrailTrail',
  'aws.sns.topic': 'AwsSnsTopic',
  'aws.sqs.queue': 'AwsSqsQueue',
  'aws.dynamodb.table': 'AwsDynamoDbTable',
  'aws.ecr.repository': 'AwsEcrRepository',
  'aws.eks.cluster': 'AwsEksCluster',
  'aws.secretsmanager.secret': 'AwsSecretsManagerSecret',
};

/** PASS → PASSED, FAIL → FAILED, ERROR → NOT_AVAILABLE (not judged), MUTED → what it would be. */
function complianceStatus(f: Finding): string {
  const s: Status = f.status === 'MUTED' ? (f.mute?.mutedStatus ?? 'FAIL') : f.status;
  switch (s) {
    case 'PASS':
      return 'PASSED';
    case 'FAIL':
      return 'FAILED';
    case 'ERROR':
      return 'NOT_AVAILABLE';
    default:
      return 'WARNING';
  }
}

function workflowStatus(f: Finding): string {
  if (f.status === 'MUTED') return 'SUPPRESSED';
  if (f.status === 'PASS') return 'RESOLVED';
  return 'NEW';
}

function finding(f: Finding, result: ScanResult, rules: ReturnType<typeof ruleIndex>, opts: ReportOptions): Record<string, unknown> {
  const r = f.resource;
  const rule = rules.get(f.ruleId)?.meta;
  const account = r.account ?? opts.account ?? ASFF_PLACEHOLDER_ACCOUNT;
  const region = r.region ?? opts.region ?? ASFF_DEFAULT_REGION;
  const partition = partitionOf(r.uid, 'aws') ?? 'aws';
  const description = f.status === 'ERROR' ? `${maskSecrets(f.message)} (${formatErrorCause(f)})` : maskSecrets(f.message);
  const details: Record<string, string> = { name: truncate(r.name, ASFF_LIMITS.detailsOtherValue) };
  if (r.address !== undefined) details.address = truncate(r.address, ASFF_LIMITS.detailsOtherValue);
  const where = formatLocation(r);
  if (where) details.location = truncate(where, ASFF_LIMITS.detailsOtherValue);
  const compliance: Record<string, unknown> = {
    Status: complianceStatus(f),
    RelatedRequirements: f.compliance.slice(0, ASFF_LIMITS.relatedRequirements).map((c) => `${c.framework}/${c.control}`),
  };
  if (f.status === 'ERROR') compliance.StatusReasons = [{ ReasonCode: 'CONFIG_EVALUATIONS_EMPTY', Description: truncate(formatErrorCause(f), 2048) }];
  const recommendation: Record<string, string> = { Text: truncate(f.remediation.text, ASFF_LIMITS.remediationText) };
  const url = rule?.references[0];
  if (url) recommendation.Url = url;
  const productFields: Record<string, string> = {
    'parapet/RuleId': f.ruleId,
    'parapet/FindingId': f.id,
    'parapet/Status': f.status,
    'parapet/ScanId': result.scan.id,
  };
  if (f.mute) productFields['parapet/Mute'] = truncate(maskSecrets(formatMute(f)), ASFF_LIMITS.productFieldValue);
  const label = LABEL[f.severity];
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: `parapet/${f.ruleId}/${f.id}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`,
    ProductName: 'Parapet',
    CompanyName: 'Parapet',
    GeneratorId: `parapet/${f.ruleId}`,
    AwsAccountId: account,
    Region: region,
    Types: [ASFF_FINDING_TYPE],
    CreatedAt: result.scan.finishedAt,
    UpdatedAt: result.scan.finishedAt,
    Severity: { Label: label, Original: f.severity },
    FindingProviderFields: { Severity: { Label: label, Original: f.severity }, Types: [ASFF_FINDING_TYPE] },
    Title: truncate(f.title, ASFF_LIMITS.title),
    Description: truncate(description, ASFF_LIMITS.description),
    Resources: [
      {
        Type: RESOURCE_TYPES[r.type] ?? 'Other',
        Id: r.uid,
        Region: region,
        Partition: partition,
        Details: { Other: details },
      },
    ],
    Compliance: compliance,
    Remediation: { Recommendation: recommendation },
    ProductFields: productFields,
    RecordState: 'ACTIVE',
    Workflow: { Status: workflowStatus(f) },
  };
}

/**
 * AWS Security Finding Format: a JSON array of findings ready for Security Hub's
 * BatchImportFindings (which takes at most 100 per call). NOT_APPLICABLE results are left out.
 */
export function renderAsff(result: ScanResult, opts: ReportOptions = {}): string {
  const rules = ruleIndex(opts.rules);
  const findings = sortedFindings(result)
    .filter((f) => f.status !== 'NOT_APPLICABLE')
    .map((f) => finding(f, result, rules, opts));
  return `${JSON.stringify(findings, null, 2)}\n`;
}
