import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-rds-snapshot-not-public',
    title: 'RDS snapshots are not shared publicly',
    severity: 'critical',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.snapshot'],
    description:
      'Checks that no manual DB snapshot or DB cluster snapshot lists "all" among the accounts allowed to restore it, which would let every AWS account copy it.',
    risk:
      'A public snapshot is a full copy of the database that anyone can restore into their own account and read at leisure, without touching your network or credentials.',
    remediation: {
      text: "Remove \"all\" from the snapshot's restore attribute and share it with named accounts only. Public sharing is impossible for encrypted snapshots, so encrypt with a customer managed key as well.",
      cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove all\naws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove all',
      console: 'RDS > Snapshots > snapshot > Actions > Share snapshot > DB snapshot visibility: Private > Save',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
    sources: ['live'],
  },
  check(ctx) {
    const accounts = ctx.list('restoreAccountIds');
    if (accounts.includes('all')) return ctx.fail('The snapshot is public: any AWS account can copy or restore it', 'restoreAccountIds');
    const others = accounts.filter((a) => a !== ctx.resource.account);
    return ctx.pass(others.length ? `The snapshot is shared with ${others.length} named account${others.length === 1 ? '' : 's'} only` : 'The snapshot is not shared', 'restoreAccountIds');
  },
});
