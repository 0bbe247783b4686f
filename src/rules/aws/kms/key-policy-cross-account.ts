import { defineRule } from '../../../core/index.js';
import { analyzeCrossAccount, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-kms-key-policy-cross-account',
    title: 'KMS key policies grant other accounts only within the organisation',
    severity: 'medium',
    provider: 'aws',
    service: 'kms',
    resourceTypes: ['aws.kms.key'],
    description:
      'Checks the key policy for Allow statements naming principals of other AWS accounts without an aws:PrincipalOrgID or aws:PrincipalOrgPaths ' +
      'condition. Live accounts only: the owning account must be known to tell other accounts apart.',
    risk: 'Another account that may use the key can decrypt whatever it protects, under that account\'s own controls; grants to former partners are easy to forget.',
    remediation: {
      text: 'Remove key policy grants to accounts that no longer need the key, and limit the rest with aws:PrincipalOrgID or to named roles and specific kms actions.',
      cli: 'aws kms get-key-policy --key-id KEY_ID --policy-name default --output text\naws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json',
      console: 'KMS > Customer managed keys > key > Key policy > Other AWS accounts > Remove',
    },
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('The owning account is only known for scanned accounts');
    if (ctx.string('keyManager') === 'AWS') return ctx.notApplicable('AWS managed key policies cannot be changed');
    const v = decided(analyzeCrossAccount(ctx.get('policy') ?? null, ctx.resource.account), 'policy');
    if (v.verdict === 'cross-account') return ctx.fail(`The key policy grants other accounts: ${v.reasons.join('; ')}`, 'policy');
    if (v.verdict === 'organisation') return ctx.pass(`Other accounts are limited to the organisation: ${v.reasons.join('; ')}`, 'policy');
    return ctx.pass('The key policy names no principal of another account', 'policy');
  },
});
