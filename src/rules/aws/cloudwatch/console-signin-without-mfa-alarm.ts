import { defineRule } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringCheck, monitoringMeta } from './monitoring.lib.js';

export default defineRule({
  meta: { id: 'aws-cloudwatch-console-signin-without-mfa-alarm', ...monitoringMeta(CONTROLS.consoleSigninWithoutMfa) },
  check: monitoringCheck(CONTROLS.consoleSigninWithoutMfa),
});
