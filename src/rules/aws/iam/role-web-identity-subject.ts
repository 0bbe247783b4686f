import { defineRule } from '../../../core/index.js';
import { analyzeWebIdentityTrust, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-iam-role-web-identity-subject',
    title: 'Roles trusting an OIDC provider pin the token subject',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.role'],
    description:
      'Checks that every trust statement allowing sts:AssumeRoleWithWebIdentity from an OIDC provider (GitHub Actions, an EKS cluster, ' +
      'GitLab, ...) also has a StringEquals or StringLike condition on the provider\'s `sub` claim with concrete values (for Cognito identity ' +
      'pools, on `cognito-identity.amazonaws.com:aud`). Roles without web identity trust pass.',
    risk:
      'The audience claim is the same for every user of a shared issuer: without a subject condition, any GitHub repository in the world ' +
      '(or any service account of the cluster) can obtain credentials for the role.',
    remediation: {
      text: 'Add a condition naming the repository and branch or environment (repo:ORG/REPO:ref:refs/heads/main), or the namespace and service account, that may assume the role.',
      cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-with-sub.json',
      terraform: 'condition {\n  test     = "StringLike"\n  variable = "token.actions.githubusercontent.com:sub"\n  values   = ["repo:acme/app:ref:refs/heads/main"]\n}',
      cloudformation: 'Condition:\n  StringEquals:\n    token.actions.githubusercontent.com:aud: sts.amazonaws.com\n  StringLike:\n    token.actions.githubusercontent.com:sub: repo:acme/app:ref:refs/heads/main',
      console: 'IAM > Roles > role > Trust relationships > Edit trust policy > add the :sub condition',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html', 'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const v = decided(analyzeWebIdentityTrust(ctx.get('assumeRolePolicy') ?? null), 'assumeRolePolicy');
    if (v.verdict === 'unrestricted') return ctx.fail(`Any identity of the provider can assume the role: ${v.reasons.join('; ')}`, 'assumeRolePolicy');
    if (v.verdict === 'restricted') return ctx.pass(v.reasons.join('; '), 'assumeRolePolicy');
    return ctx.pass('The role does not trust a web identity provider', 'assumeRolePolicy');
  },
});
