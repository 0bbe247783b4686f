import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-route-table-changes-alarm', ...monitoringMeta(CONTROLS.routeTableChanges) },
  check: monitoringCheck(CONTROLS.routeTableChanges),
});
