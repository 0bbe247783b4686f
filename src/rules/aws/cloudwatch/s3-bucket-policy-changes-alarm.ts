import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-s3-bucket-policy-changes-alarm', ...monitoringMeta(CONTROLS.s3BucketPolicyChanges) },
  check: monitoringCheck(CONTROLS.s3BucketPolicyChanges),
});
