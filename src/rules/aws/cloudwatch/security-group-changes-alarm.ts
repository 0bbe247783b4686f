import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-security-group-changes-alarm', ...monitoringMeta(CONTROLS.securityGroupChanges) },
  check: monitoringCheck(CONTROLS.securityGroupChanges),
});
