import { defineRule } from '../../../core/index.js';
import { daysSince } from '../lib/policy-rules.js';

export const ROOT_QUIET_DAYS = 7;

export default defineRule({
  meta: {
    id: 'aws-iam-root-not-used-recently',
    title: 'The root user has not been used in the last 7 days',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.account'],
    description:
      `Checks when the root user last signed in or used an access key, and fails when that was less than ${ROOT_QUIET_DAYS} days ago. ` +
      'The root user should be kept for the few tasks only it can do, not for daily administration. Live accounts only.',
    risk:
      'Everyday use of the root user spreads its password, MFA device and sessions around, and actions taken with it cannot be limited or ' +
      'easily attributed to a person. Recent unexpected root activity can also be the sign of a compromise.',
    remediation: {
      text:
        'Find out who used the root user and why (CloudTrail events with userIdentity.type Root). Move that work to IAM roles or IAM Identity Center ' +
        'users with the permissions needed, and alert on every root sign-in.',
      cli: "aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root --max-results 20",
      console: 'CloudTrail > Event history > filter User name = root',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Root activity can only be seen in a live account');
    const last = ctx.string('rootLastUsed');
    if (!last) return ctx.pass('The root user has no recorded use', 'rootLastUsed');
    const days = daysSince(last, ctx.now.getTime());
    if (days < ROOT_QUIET_DAYS) return ctx.fail(`The root user was used ${days === 0 ? 'today' : `${days} day(s) ago`} (${last})`, 'rootLastUsed');
    return ctx.pass(`The root user was last used ${days} days ago`, 'rootLastUsed');
  },
});
