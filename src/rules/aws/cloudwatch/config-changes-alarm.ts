import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-config-changes-alarm', ...monitoringMeta(CONTROLS.configChanges) },
  check: monitoringCheck(CONTROLS.configChanges),
});
