import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import {
  accountOf,
  analyzeActionOnAll,
  analyzeAdmin,
  analyzeCrossAccount,
  analyzeEscalation,
  analyzePassRole,
  analyzeResourcePolicy,
  analyzeServiceWildcard,
  analyzeTrust,
  analyzeTrustPublic,
  analyzeWebIdentityTrust,
  decided,
  parsePolicy,
  requiresSecureTransport,
  wildcardMatch,
} from './policy.js';

const OWN = '111122223333';
const OTHER = '444455556666';
const U = (message: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression: 'var.x', message } });
const AFTER = (expression: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression, message: `could not resolve ${expression}: known only after apply` } });
const doc = (...Statement: JsonValue[]): JsonValue => ({ Version: '2012-10-17', Statement });
const allow = (extra: Record<string, JsonValue>): JsonValue => ({ Effect: 'Allow', ...extra });
const deny = (extra: Record<string, JsonValue>): JsonValue => ({ Effect: 'Deny', ...extra });
const BUCKET = 'arn:aws:s3:::bucket/*';

/** Resource policies: [name, document, expected verdict]. */
const RESOURCE_CASES: [string, JsonValue, string][] = [
  ['anonymous read', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET })), 'public'],
  ['AWS "*" principal', doc(allow({ Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: BUCKET })), 'public'],
  ['AWS "*" in a list', doc(allow({ Principal: { AWS: [`arn:aws:iam::${OWN}:root`, '*'] }, Action: 'sqs:SendMessage', Resource: '*' })), 'public'],
  ['single statement object, lower-case keys', { statement: { effect: 'Allow', principal: '*', action: 'sns:Publish', resource: '*' } }, 'public'],
  ['policy as JSON text', JSON.stringify(doc(allow({ Principal: '*', Action: 'kms:Decrypt', Resource: '*' }))), 'public'],
  ['NotPrincipal with Allow', doc(allow({ NotPrincipal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 's3:*', Resource: BUCKET })), 'public'],
  ['condition on an unrelated key', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET, Condition: { Bool: { 'aws:SecureTransport': 'true' } } })), 'public'],
  ['source IP 0.0.0.0/0 is no limit', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })), 'public'],
  ['IfExists condition does not limit', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET, Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } } })), 'public'],
  ['conditional Deny on another action does not cancel', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET }), deny({ Principal: '*', Action: 's3:PutObject', Resource: BUCKET })), 'public'],
  ['restricted by source IP', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })), 'restricted'],
  ['restricted by VPC endpoint', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c' } } })), 'restricted'],
  ['restricted by VPC', doc(allow({ Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: BUCKET, Condition: { StringEquals: { 'aws:sourcevpc': 'vpc-1' } } })), 'restricted'],
  ['restricted by organisation', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })), 'restricted'],
  ['restricted by principal account', doc(allow({ Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': OWN } } })), 'restricted'],
  ['restricted by source account', doc(allow({ Principal: '*', Action: 'sns:Publish', Resource: '*', Condition: { StringEquals: { 'aws:SourceAccount': OWN } } })), 'restricted'],
  ['restricted by source ARN', doc(allow({ Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OWN}:topic` } } })), 'restricted'],
  ['restricted by source owner', doc(allow({ Principal: '*', Action: 'sns:Publish', Resource: '*', Condition: { StringEquals: { 'AWS:SourceOwner': OWN } } })), 'restricted'],
  ['restricted by user id', doc(allow({ Principal: '*', Action: 's3:*', Resource: BUCKET, Condition: { StringLike: { 'aws:userid': 'AROAEXAMPLE:*' } } })), 'restricted'],
  ['open allow guarded by a Deny outside the organisation', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET }), deny({ Principal: '*', Action: 's3:*', Resource: BUCKET, Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })), 'restricted'],
  ['open allow cancelled by an unconditional Deny', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET }), deny({ Principal: '*', Action: '*', Resource: '*' })), 'not-public'],
  ['own account only', doc(allow({ Principal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 's3:*', Resource: BUCKET })), 'not-public'],
  ['service principal', doc(allow({ Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: BUCKET })), 'not-public'],
  ['canonical user (CloudFront OAI)', doc(allow({ Principal: { CanonicalUser: 'abc123' }, Action: 's3:GetObject', Resource: BUCKET })), 'not-public'],
  ['TLS-only deny', doc(deny({ Principal: '*', Action: 's3:*', Resource: BUCKET, Condition: { Bool: { 'aws:SecureTransport': 'false' } } })), 'not-public'],
  ['empty policy', null, 'not-public'],
  ['unresolved document', U('bucket policy') as JsonValue, 'unknown'],
  ['unresolved principal in an allow', doc(allow({ Principal: { AWS: U('principal') }, Action: 's3:GetObject', Resource: BUCKET })), 'unknown'],
  ['unresolved deny could cancel a public allow', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET }), deny({ Principal: '*', Action: 's3:*', Resource: BUCKET, Condition: U('condition') })), 'unknown'],
  ['not JSON', '{"Statement": [', 'unknown'],
  ['unresolved Resource does not matter for who may call', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: U('var.bucket_arn') })), 'public'],
  ['condition value known after apply still restricts', doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: BUCKET, Condition: { StringEquals: { 'aws:SourceArn': AFTER('aws_cloudfront_distribution.cdn.arn') } } })), 'restricted'],
  ['principal known after apply is a specific role', doc(allow({ Principal: { AWS: AFTER('aws_iam_role.app.arn') }, Action: 's3:*', Resource: AFTER('aws_s3_bucket.b.arn') })), 'not-public'],
];

/** Cross-account checks: [name, document, expected verdict]. */
const CROSS_CASES: [string, JsonValue, string][] = [
  ['other account root', doc(allow({ Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 's3:GetObject', Resource: BUCKET })), 'cross-account'],
  ['bare account id', doc(allow({ Principal: { AWS: OTHER }, Action: 'sqs:SendMessage', Resource: '*' })), 'cross-account'],
  ['other account role, organisation-limited', doc(allow({ Principal: { AWS: `arn:aws:iam::${OTHER}:role/reader` }, Action: 's3:GetObject', Resource: BUCKET, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })), 'organisation'],
  ['own account only', doc(allow({ Principal: { AWS: `arn:aws:iam::${OWN}:role/app` }, Action: 's3:*', Resource: BUCKET })), 'same-account'],
  ['service principals only', doc(allow({ Principal: { Service: 'logs.amazonaws.com' }, Action: 's3:PutObject', Resource: BUCKET })), 'same-account'],
  ['unresolved principal', doc(allow({ Principal: { AWS: U('account') }, Action: 's3:GetObject', Resource: BUCKET })), 'unknown'],
];

/** Identity policies: [name, documents, admin, passrole, escalation]. */
const IDENTITY_CASES: [string, JsonValue[], string, string, string][] = [
  ['Allow * on *', [doc(allow({ Action: '*', Resource: '*' }))], 'admin', 'any-role', 'escalation'],
  ['Allow *:* on *', [doc(allow({ Action: ['*:*'], Resource: ['*'] }))], 'admin', 'any-role', 'escalation'],
  ['NotAction leaving IAM open', [doc(allow({ NotAction: 's3:*', Resource: '*' }))], 'admin', 'any-role', 'escalation'],
  ['PowerUser-style NotAction excluding IAM', [doc(allow({ NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }))], 'limited', 'scoped', 'escalation'],
  ['admin cancelled by a Deny of everything', [doc(allow({ Action: '*', Resource: '*' }), deny({ Action: '*', Resource: '*' }))], 'limited', 'scoped', 'none'],
  ['admin on one bucket only', [doc(allow({ Action: '*', Resource: 'arn:aws:s3:::bucket' }))], 'limited', 'scoped', 'none'],
  ['PassRole on *', [doc(allow({ Action: 'iam:PassRole', Resource: '*' }))], 'limited', 'any-role', 'none'],
  ['PassRole on one role', [doc(allow({ Action: 'iam:PassRole', Resource: `arn:aws:iam::${OWN}:role/app` }))], 'limited', 'scoped', 'none'],
  ['PassRole with wildcard case', [doc(allow({ Action: 'IAM:Pass*', Resource: '*' }))], 'limited', 'any-role', 'none'],
  ['CreatePolicyVersion', [doc(allow({ Action: 'iam:CreatePolicyVersion', Resource: '*' }))], 'limited', 'scoped', 'escalation'],
  ['SetDefaultPolicyVersion', [doc(allow({ Action: 'iam:SetDefaultPolicyVersion', Resource: `arn:aws:iam::${OWN}:policy/*` }))], 'limited', 'scoped', 'escalation'],
  ['AttachUserPolicy', [doc(allow({ Action: 'iam:AttachUserPolicy', Resource: '*' }))], 'limited', 'scoped', 'escalation'],
  ['PutRolePolicy through iam:Put*', [doc(allow({ Action: 'iam:Put*', Resource: '*' }))], 'limited', 'scoped', 'escalation'],
  ['CreateAccessKey for any user', [doc(allow({ Action: 'iam:CreateAccessKey', Resource: `arn:aws:iam::${OWN}:user/*` }))], 'limited', 'scoped', 'escalation'],
  ['CreateAccessKey for oneself only', [doc(allow({ Action: 'iam:CreateAccessKey', Resource: `arn:aws:iam::${OWN}:user/\${aws:username}` }))], 'limited', 'scoped', 'none'],
  ['UpdateLoginProfile', [doc(allow({ Action: 'iam:UpdateLoginProfile', Resource: '*' }))], 'limited', 'scoped', 'escalation'],
  ['UpdateAssumeRolePolicy with AssumeRole', [doc(allow({ Action: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], Resource: '*' }))], 'limited', 'scoped', 'escalation'],
  ['UpdateAssumeRolePolicy alone', [doc(allow({ Action: 'iam:UpdateAssumeRolePolicy', Resource: '*' }))], 'limited', 'scoped', 'none'],
  ['PassRole and Lambda across two documents', [doc(allow({ Action: 'iam:PassRole', Resource: '*' })), doc(allow({ Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }))], 'limited', 'any-role', 'escalation'],
  ['PassRole and RunInstances', [doc(allow({ Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' }))], 'limited', 'any-role', 'escalation'],
  ['Lambda without PassRole', [doc(allow({ Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }))], 'limited', 'scoped', 'none'],
  ['escalation action denied outright', [doc(allow({ Action: 'iam:AttachRolePolicy', Resource: '*' }), deny({ Action: 'iam:*', Resource: '*' }))], 'limited', 'scoped', 'none'],
  ['read only', [doc(allow({ Action: ['s3:GetObject', 'ec2:Describe*'], Resource: '*' }))], 'limited', 'scoped', 'none'],
  ['Deny-only document', [doc(deny({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }))], 'limited', 'scoped', 'none'],
  ['unresolved action', [doc(allow({ Action: U('action'), Resource: '*' }))], 'unknown', 'unknown', 'unknown'],
  ['PassRole on a role known after apply', [doc(allow({ Action: 'iam:PassRole', Resource: AFTER('aws_iam_role.app.arn') }))], 'limited', 'scoped', 'none'],
  ['PassRole on a resource from a variable', [doc(allow({ Action: 'iam:PassRole', Resource: U('var.roles') }))], 'unknown', 'unknown', 'unknown'],
  ['admin with an unreadable Deny', [doc(allow({ Action: '*', Resource: '*' }), deny({ Action: U('action'), Resource: '*' }))], 'unknown', 'unknown', 'unknown'],
];

/** Trust policies: [name, document, verdict]. */
const TRUST_CASES: [string, JsonValue, string][] = [
  ['service principal', doc(allow({ Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })), 'internal'],
  ['own account', doc(allow({ Principal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 'sts:AssumeRole' })), 'internal'],
  ['other account without external id', doc(allow({ Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' })), 'foreign-no-external-id'],
  ['other account with external id', doc(allow({ Principal: { AWS: OTHER }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x-123' } } })), 'foreign-guarded'],
  ['other account limited to the organisation', doc(allow({ Principal: { AWS: OTHER }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })), 'foreign-guarded'],
  ['any principal', doc(allow({ Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })), 'any-principal'],
  ['any principal limited to the organisation', doc(allow({ Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } })), 'foreign-guarded'],
  ['federated web identity', doc(allow({ Principal: { Federated: `arn:aws:iam::${OWN}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity' })), 'internal'],
  ['unresolved principal', doc(allow({ Principal: { AWS: U('account') }, Action: 'sts:AssumeRole' })), 'unknown'],
];

describe('policy parsing and matching', () => {
  it('matches IAM wildcards case-insensitively', () => {
    expect(wildcardMatch('iam:*', 'IAM:PassRole')).toBe(true);
    expect(wildcardMatch('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:Get*', 's3:PutObject')).toBe(false);
  });
  it('reads account ids from principals', () => {
    expect(accountOf(OWN)).toBe(OWN);
    expect(accountOf(`arn:aws:iam::${OTHER}:role/x`)).toBe(OTHER);
    expect(accountOf('arn:aws:iam::aws:policy/x')).toBeUndefined();
  });
  it('parses every principal form', () => {
    const p = parsePolicy(doc(allow({ Principal: { AWS: OWN, Service: ['a.amazonaws.com'], Federated: 'cognito-identity.amazonaws.com', CanonicalUser: 'c1' }, Action: 'x:y' })));
    expect(p.statements[0]?.principal).toEqual({ any: false, aws: [OWN], service: ['a.amazonaws.com'], federated: ['cognito-identity.amazonaws.com'], canonicalUser: ['c1'] });
  });
  it('parses an object document once and gives the same result as a fresh parse', () => {
    const d = doc(allow({ Action: 's3:*', Resource: '*' }));
    const first = parsePolicy(d);
    expect(parsePolicy(d)).toBe(first);
    expect(parsePolicy(structuredClone(d))).not.toBe(first);
    expect(parsePolicy(structuredClone(d))).toEqual(first);
    expect(parsePolicy(JSON.stringify(d))).toEqual(first);
  });
  it('turns an unknown verdict into UnknownEvidenceError naming the cause', () => {
    expect(() => decided(analyzeResourcePolicy(U('var.policy') as JsonValue), 'policy')).toThrow(/var.policy/);
  });
});

describe('resource policy: public', () => {
  it.each(RESOURCE_CASES)('%s', (_name, document, expected) => {
    expect(analyzeResourcePolicy(document).verdict).toBe(expected);
  });
});

describe('resource policy: cross-account', () => {
  it.each(CROSS_CASES)('%s', (_name, document, expected) => {
    expect(analyzeCrossAccount(document, OWN).verdict).toBe(expected);
  });
  it('is unknown without the own account when an account principal appears', () => {
    expect(analyzeCrossAccount(CROSS_CASES[0]?.[1] ?? null, undefined).verdict).toBe('unknown');
  });
  it('accepts an allow-list of trusted accounts', () => {
    expect(analyzeCrossAccount(CROSS_CASES[0]?.[1] ?? null, OWN, [OTHER]).verdict).toBe('same-account');
  });
});

describe('identity policy: admin, PassRole, escalation', () => {
  it.each(IDENTITY_CASES)('%s', (_name, docs, admin, passRole, escalation) => {
    expect(analyzeAdmin(docs).verdict, 'admin').toBe(admin);
    expect(analyzePassRole(docs).verdict, 'passrole').toBe(passRole);
    expect(analyzeEscalation(docs).verdict, 'escalation').toBe(escalation);
  });
  it('finds service-wide wildcards', () => {
    expect(analyzeServiceWildcard([doc(allow({ Action: 's3:*', Resource: '*' }))], 's3').verdict).toBe('wildcard');
    expect(analyzeServiceWildcard([doc(allow({ Action: 's3:*', Resource: BUCKET }))], 's3').verdict).toBe('scoped');
    expect(analyzeServiceWildcard([doc(allow({ Action: 'ec2:*', Resource: '*' }))], 's3').verdict).toBe('scoped');
  });
});

describe('trust policy', () => {
  it.each(TRUST_CASES)('%s', (_name, document, expected) => {
    expect(analyzeTrust(document, OWN).verdict).toBe(expected);
  });
  it('tells public trust apart without an own account', () => {
    expect(analyzeTrustPublic(TRUST_CASES[5]?.[1] ?? null).verdict).toBe('any-principal');
    expect(analyzeTrustPublic(TRUST_CASES[6]?.[1] ?? null).verdict).toBe('named');
    expect(analyzeTrustPublic(TRUST_CASES[2]?.[1] ?? null).verdict).toBe('named');
    expect(analyzeTrustPublic(TRUST_CASES[8]?.[1] ?? null).verdict).toBe('unknown');
  });
  it('treats allow-listed accounts as trusted', () => {
    expect(analyzeTrust(TRUST_CASES[2]?.[1] ?? null, OWN, [OTHER]).verdict).toBe('internal');
  });
});

describe('TLS enforcement', () => {
  it('finds the aws:SecureTransport deny', () => {
    expect(requiresSecureTransport(RESOURCE_CASES[24]?.[1] ?? null).verdict).toBe('enforced');
    expect(requiresSecureTransport(RESOURCE_CASES[0]?.[1] ?? null).verdict).toBe('missing');
    expect(requiresSecureTransport(doc(deny({ Principal: '*', Action: 's3:*', Resource: BUCKET, Condition: U('c') }))).verdict).toBe('unknown');
    const tfDeny = deny({ Principal: '*', Action: 's3:*', Resource: [AFTER('aws_s3_bucket.b.arn'), { $unknown: { kind: 'unresolved', expression: 'aws_s3_bucket.b.arn', message: 'could not resolve aws_s3_bucket.b.arn: part of the value is known only after apply' } }], Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    expect(requiresSecureTransport(doc(tfDeny)).verdict).toBe('enforced');
  });
});

const GH = `arn:aws:iam::${OWN}:oidc-provider/token.actions.githubusercontent.com`;
/** Web identity trust: [name, document, verdict]. */
const WEB_IDENTITY_CASES: [string, JsonValue, string][] = [
  ['GitHub without a subject condition', doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } })), 'unrestricted'],
  ['GitHub with any repository', doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } } })), 'unrestricted'],
  ['GitHub pinned to one repository', doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } } })), 'restricted'],
  ['EKS service account pinned', doc(allow({ Principal: { Federated: `arn:aws:iam::${OWN}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub': 'system:serviceaccount:app:api' } } })), 'restricted'],
  ['Cognito without an audience', doc(allow({ Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' })), 'unrestricted'],
  ['no web identity at all', doc(allow({ Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })), 'none'],
  ['unresolved condition', doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: U('sub') })), 'unknown'],
];

describe('web identity trust', () => {
  it.each(WEB_IDENTITY_CASES)('%s', (_name, document, expected) => {
    expect(analyzeWebIdentityTrust(document).verdict).toBe(expected);
  });
});

describe('one action on every resource', () => {
  it('finds sts:AssumeRole on *', () => {
    expect(analyzeActionOnAll([doc(allow({ Action: 'sts:*', Resource: '*' }))], 'sts:AssumeRole').verdict).toBe('all-resources');
    expect(analyzeActionOnAll([doc(allow({ Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${OWN}:role/x` }))], 'sts:AssumeRole').verdict).toBe('scoped');
  });
});
