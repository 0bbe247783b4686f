import { defineRule } from '../../../core/index.js';
import { analyzeTrustPublic, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-iam-role-trust-not-public',
    title: 'IAM roles cannot be assumed by any AWS principal',
    severity: 'critical',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.role'],
    description:
      'Checks that a role\'s trust policy does not allow sts:AssumeRole (or the web identity and SAML variants) to `"Principal": "*"` or ' +
      '`{"AWS": "*"}` without a condition that pins callers to known accounts, an organisation or specific principals.',
    risk:
      'A role that trusts "*" can be assumed by anyone with an AWS account who learns its ARN; its permissions are then in a stranger\'s hands, ' +
      'with CloudTrail showing only a foreign caller.',
    remediation: {
      text: 'Name the accounts or roles that need the role in the Principal element; when many accounts of your organisation need it, keep "*" only together with an aws:PrincipalOrgID condition.',
      cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust.json',
      terraform: 'assume_role_policy = jsonencode({\n  Version   = "2012-10-17"\n  Statement = [{\n    Effect    = "Allow"\n    Action    = "sts:AssumeRole"\n    Principal = { AWS = "arn:aws:iam::111122223333:role/deployer" }\n  }]\n})',
      cloudformation: 'AssumeRolePolicyDocument:\n  Statement:\n    - Effect: Allow\n      Action: sts:AssumeRole\n      Principal:\n        AWS: arn:aws:iam::111122223333:role/deployer',
      console: 'IAM > Roles > role > Trust relationships > Edit trust policy',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-trust-policy.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const v = decided(analyzeTrustPublic(ctx.get('assumeRolePolicy') ?? null), 'assumeRolePolicy');
    if (v.verdict === 'any-principal') return ctx.fail(`The role can be assumed by anyone: ${v.reasons.join('; ')}`, 'assumeRolePolicy');
    return ctx.pass('The trust policy names who may assume the role', 'assumeRolePolicy');
  },
});
