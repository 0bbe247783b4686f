import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const iamRole = defineResourceType({
  type: 'aws.iam.role',
  provider: 'aws',
  service: 'iam',
  description: 'An IAM role with its trust policy, attached managed policies and inline policies.',
  aliases: ['aws_iam_role', 'AWS::IAM::Role', 'iam_role'],
  attributes: {
    arn: a.string('Role ARN'),
    path: a.string('Path of the role', { default: '/' }),
    createdAt: a.timestamp('Creation time'),
    assumeRolePolicy: a.json('Trust policy document (AssumeRolePolicyDocument, parsed JSON)'),
    attachedPolicyArns: a.list(a.string('policy ARN'), 'Managed policies attached to the role', { default: [] }),
    inlinePolicies: a.map(a.json('policy document'), 'Inline policies by name', { default: {} }),
    permissionsBoundaryArn: a.string('Managed policy used as permissions boundary'),
    maxSessionDuration: a.int('Maximum session duration in seconds', { default: 3600 }),
    lastUsedAt: a.timestamp('Last time the role was assumed (RoleLastUsed)'),
    serviceLinked: a.bool('A service-linked role, managed by an AWS service', { default: false }),
  },
});

export const iamPolicy = defineResourceType({
  type: 'aws.iam.policy',
  provider: 'aws',
  service: 'iam',
  description: 'A managed IAM policy (customer managed, or AWS managed when collected because it is attached) with its default version document.',
  aliases: ['aws_iam_policy', 'AWS::IAM::ManagedPolicy', 'iam_policy', 'managed_policy'],
  attributes: {
    arn: a.string('Policy ARN'),
    path: a.string('Path of the policy', { default: '/' }),
    awsManaged: a.bool('The policy is managed by AWS (arn:aws:iam::aws:policy/...)', { default: false }),
    document: a.json('Document of the default policy version (parsed JSON)'),
    defaultVersionId: a.string('Id of the default version, e.g. v3'),
    attachmentCount: a.int('Number of users, groups and roles the policy is attached to'),
    attachedUsers: a.list(a.string('user name'), 'Users the policy is attached to', { default: [] }),
    attachedGroups: a.list(a.string('group name'), 'Groups the policy is attached to', { default: [] }),
    attachedRoles: a.list(a.string('role name'), 'Roles the policy is attached to', { default: [] }),
  },
});

export const iamGroup = defineResourceType({
  type: 'aws.iam.group',
  provider: 'aws',
  service: 'iam',
  description: 'An IAM group with its members, attached managed policies and inline policies.',
  aliases: ['aws_iam_group', 'AWS::IAM::Group', 'iam_group'],
  attributes: {
    arn: a.string('Group ARN'),
    members: a.list(a.string('user name'), 'Users in the group', { default: [] }),
    attachedPolicyArns: a.list(a.string('policy ARN'), 'Managed policies attached to the group', { default: [] }),
    inlinePolicies: a.map(a.json('policy document'), 'Inline policies by name', { default: {} }),
  },
});

export const iamServerCertificate = defineResourceType({
  type: 'aws.iam.server-certificate',
  provider: 'aws',
  service: 'iam',
  description: 'A TLS server certificate stored in IAM.',
  aliases: ['aws_iam_server_certificate', 'iam_server_certificate'],
  attributes: {
    arn: a.string('Certificate ARN'),
    expiration: a.timestamp('When the certificate expires'),
    uploadedAt: a.timestamp('When the certificate was uploaded'),
  },
});
