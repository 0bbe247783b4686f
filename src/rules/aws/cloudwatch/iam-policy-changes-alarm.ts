import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-iam-policy-changes-alarm', ...monitoringMeta(CONTROLS.iamPolicyChanges) },
  check: monitoringCheck(CONTROLS.iamPolicyChanges),
});
