import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-auto-minor-version-upgrade',
    title: 'RDS instances apply minor engine upgrades automatically',
    severity: 'low',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that automatic minor version upgrades are on, so RDS installs new minor engine versions, which carry security fixes, during the maintenance window.',
    risk:
      'An instance pinned to an old minor version keeps known, published vulnerabilities of its database engine until someone schedules the upgrade by hand.',
    remediation: {
      text: 'Turn on automatic minor version upgrades and choose a maintenance window that suits the workload.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --auto-minor-version-upgrade --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  auto_minor_version_upgrade = true\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  AutoMinorVersionUpgrade: true',
      console: 'RDS > Databases > instance > Modify > Maintenance > Auto minor version upgrade: Enable > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const d = detailString(ctx, 'engineVersion');
    const about = d ? ` (${d})` : '';
    if (ctx.bool('autoMinorVersionUpgrade')) return ctx.pass(`Automatic minor version upgrades are on${about}`, 'autoMinorVersionUpgrade');
    return ctx.fail(`Automatic minor version upgrades are off${about}`, 'autoMinorVersionUpgrade');
  },
});
