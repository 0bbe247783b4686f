import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-console-auth-failures-alarm', ...monitoringMeta(CONTROLS.consoleAuthFailures) },
  check: monitoringCheck(CONTROLS.consoleAuthFailures),
});
