import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-snapshot-not-public',
    title: 'EBS snapshots are not public',
    severity: 'critical',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.snapshot'],
    description: "Checks the snapshot's create-volume permission for the group 'all', which lets any AWS account copy the snapshot and mount its data.",
    risk: 'A public snapshot is a full copy of a disk available to every AWS customer: databases, configuration files, keys and credentials on it are exposed, and researchers routinely scan for them.',
    remediation: {
      text: 'Remove the public permission; share snapshots with named accounts only, and turn on Block Public Access for EBS snapshots in every region.',
      cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --group-names all\naws ec2 enable-snapshot-block-public-access --state block-all-sharing',
      terraform: 'resource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
      console: 'EC2 > Snapshots > snapshot > Actions > Snapshot settings > Modify permissions > Private > Save changes',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html', 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.bool('public')) return ctx.fail('Any AWS account can create volumes from this snapshot', 'public');
    return ctx.pass('The snapshot is not shared publicly', 'public');
  },
});
