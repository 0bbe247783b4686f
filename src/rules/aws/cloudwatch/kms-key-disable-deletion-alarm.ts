import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-kms-key-disable-deletion-alarm', ...monitoringMeta(CONTROLS.cmkDisabledOrDeleted) },
  check: monitoringCheck(CONTROLS.cmkDisabledOrDeleted),
});
