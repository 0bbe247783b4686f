import { defineRule } from '../../../core/index.js';
import { daysSince } from '../lib/policy-rules.js';

export const ROLE_UNUSED_DAYS = 90;

export default defineRule({
  meta: {
    id: 'aws-iam-role-unused',
    title: 'IAM roles unused for 90 days are reviewed and removed',
    severity: 'low',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.role'],
    description:
      `Checks when each role was last assumed and fails roles unused for ${ROLE_UNUSED_DAYS} days or more (counting from creation when never used). ` +
      'Service-linked roles, which AWS services manage, are not applicable. Live accounts only: IAM records last use for about 400 days.',
    risk: 'Roles nobody uses keep their permissions and trust relationships; they are attractive to attackers because their use goes unnoticed and nobody owns them.',
    remediation: {
      text: 'Confirm with the owner that the role is no longer needed (check CloudTrail and the last accessed data), then delete it; remove it from code as well so it is not recreated.',
      cli: 'aws iam get-role --role-name ROLE --query Role.RoleLastUsed\naws iam list-attached-role-policies --role-name ROLE\naws iam delete-role --role-name ROLE  # after detaching policies and removing instance profiles',
      console: 'IAM > Roles > sort by Last activity > role > Delete',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Role use is only known for scanned accounts');
    if (ctx.bool('serviceLinked')) return ctx.notApplicable('Service-linked roles are managed by their AWS service');
    const last = ctx.string('lastUsedAt');
    const since = last ?? ctx.string('createdAt');
    if (!since) return ctx.pass('No creation or use date is recorded', 'lastUsedAt');
    const days = daysSince(since, ctx.now.getTime());
    if (days >= ROLE_UNUSED_DAYS) return ctx.fail(last ? `The role was last used ${days} days ago` : `The role was created ${days} days ago and never used`, 'lastUsedAt');
    return ctx.pass(last ? `The role was used ${days} day(s) ago` : `The role is ${days} day(s) old`, 'lastUsedAt');
  },
});
