import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-cloudtrail-changes-alarm', ...monitoringMeta(CONTROLS.cloudtrailChanges) },
  check: monitoringCheck(CONTROLS.cloudtrailChanges),
});
