import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-network-gateway-changes-alarm', ...monitoringMeta(CONTROLS.networkGatewayChanges) },
  check: monitoringCheck(CONTROLS.networkGatewayChanges),
});
