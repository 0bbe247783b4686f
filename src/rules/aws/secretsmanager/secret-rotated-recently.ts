import { defineRule } from '../../../core/index.js';

/** Longest accepted age of the current secret value, in days. */
const MAX_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-secret-rotated-recently',
    title: 'Secrets Manager secrets were rotated in the last 90 days',
    severity: 'medium',
    provider: 'aws',
    service: 'secretsmanager',
    resourceTypes: ['aws.secretsmanager.secret'],
    description:
      'Checks when the secret was last rotated (or, if it never was, when it was created) and fails when that is more than 90 days ago. A rotation schedule that keeps failing shows up here too.',
    risk:
      'A long-lived secret value has had more time to be copied into logs, scripts and laptops, and a leaked copy keeps working until the value finally changes.',
    remediation: {
      text: "Rotate the secret now and make sure its rotation schedule runs at least every 90 days; check the rotation function's logs if rotations fail.",
      cli: 'aws secretsmanager rotate-secret --secret-id SECRET',
      console: 'Secrets Manager > Secrets > secret > Rotation > Rotate secret immediately',
    },
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html'],
    sources: ['live'],
  },
  check(ctx) {
    const last = ctx.string('lastRotatedDate');
    const since = last ?? ctx.string('createdDate');
    if (since === undefined) return ctx.fail('Neither a rotation date nor a creation date is known for the secret', 'lastRotatedDate');
    const days = Math.floor((ctx.now.getTime() - Date.parse(since)) / DAY_MS);
    const what = last ? 'last rotated' : 'never rotated; created';
    if (days > MAX_DAYS) return ctx.fail(`The secret was ${what} ${days} days ago, more than ${MAX_DAYS}`, last ? 'lastRotatedDate' : 'createdDate');
    return ctx.pass(`The secret was ${what} ${days} days ago`, last ? 'lastRotatedDate' : 'createdDate');
  },
});
