import { defineRule } from '../../../core/index.js';
import { analyzeResourcePolicy, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-kms-key-policy-not-public',
    title: 'KMS key policies do not grant access to everyone',
    severity: 'critical',
    provider: 'aws',
    service: 'kms',
    resourceTypes: ['aws.kms.key'],
    description:
      'Checks the key policy for Allow statements open to any principal (`"*"`, `{"AWS": "*"}` or NotPrincipal) that no condition ties to ' +
      'known callers (kms:CallerAccount, kms:ViaService, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce...). A key without an explicit ' +
      'policy gets the default policy, which trusts only its own account.',
    risk:
      'An open key policy lets any AWS account use the key: decrypt data protected by it, or encrypt with it, and with kms:* even schedule its ' +
      'deletion, which makes the data unrecoverable.',
    remediation: {
      text: 'Name the account root, roles or services that need the key, or keep "*" only with a kms:CallerAccount or aws:PrincipalOrgID condition.',
      cli: 'aws kms get-key-policy --key-id KEY_ID --policy-name default --output text\naws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json',
      terraform: 'resource "aws_kms_key" "this" {\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{\n      Sid       = "AccountAdmin"\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }\n      Action    = "kms:*"\n      Resource  = "*"\n    }]\n  })\n}',
      cloudformation: 'KeyPolicy:\n  Statement:\n    - Effect: Allow\n      Principal:\n        AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root"\n      Action: kms:*\n      Resource: "*"',
      console: 'KMS > Customer managed keys > key > Key policy > Edit',
    },
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html'],
    sources: ['live', 'iac'],
    tags: ['public-access'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind === 'iac' && !ctx.isSet('policy')) return ctx.pass('No key policy is declared: the default policy trusts only the owning account', 'policy');
    const v = decided(analyzeResourcePolicy(ctx.get('policy') ?? null), 'policy');
    if (v.verdict === 'public') return ctx.fail(`The key policy is open to everyone: ${v.reasons.join('; ')}`, 'policy');
    if (v.verdict === 'restricted') return ctx.pass(`Open statements are limited by conditions: ${v.reasons.join('; ')}`, 'policy');
    return ctx.pass('The key policy grants nothing to arbitrary principals', 'policy');
  },
});
