import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-unauthorized-api-calls-alarm', ...monitoringMeta(CONTROLS.unauthorizedApiCalls) },
  check: monitoringCheck(CONTROLS.unauthorizedApiCalls),
});
